package org.diplograph.extraction;

import java.util.List;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Origin;
import org.diplograph.text.MentionFinder;

/**
 * Known-actor mentions for test articles, found by the text pipeline's
 * {@link MentionFinder} as the seed loader finds them.
 */
final class TestMentions {

	private TestMentions() {
	}

	static List<MentionSpan> find(String body, List<KnownActor> actors) {
		List<Actor> documents = actors.stream().map(TestMentions::document).toList();
		return new MentionFinder(documents).find(body)
			.stream()
			.map((mention) -> new MentionSpan(mention.actorId(), mention.start(), mention.end()))
			.toList();
	}

	static Actor document(KnownActor actor) {
		return new Actor(actor.id(), actor.name(), ActorKind.valueOf(actor.type().name()), actor.aliases(), List.of(),
				actor.code(), actor.countryId(), List.of(), null, List.of(), "", List.of(), List.of(), List.of(),
				actor.name(), List.of(), 1, Origin.SEED);
	}

}
