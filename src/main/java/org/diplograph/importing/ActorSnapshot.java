package org.diplograph.importing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.extraction.ActorType;
import org.diplograph.extraction.KnownActor;
import org.diplograph.extraction.KnownRole;
import org.diplograph.model.Actor;
import org.diplograph.text.MentionFinder;

/**
 * The actors the knowledge base knows at one moment, as an import reads them: by ID, as
 * the engine's known actors, and as the text pipeline's mention finder.
 */
public final class ActorSnapshot {

	private final Map<String, Actor> byId = new LinkedHashMap<>();

	private final List<KnownActor> known;

	private final MentionFinder finder;

	public ActorSnapshot(Collection<Actor> actors) {
		actors.forEach((actor) -> this.byId.put(actor.id(), actor));
		this.known = actors.stream().map(ActorSnapshot::known).toList();
		this.finder = new MentionFinder(actors);
	}

	Actor actor(String id) {
		return this.byId.get(id);
	}

	List<KnownActor> known() {
		return this.known;
	}

	MentionFinder finder() {
		return this.finder;
	}

	private static KnownActor known(Actor actor) {
		List<String> aliases = new java.util.ArrayList<>(actor.aliases());
		aliases.addAll(actor.exactAliases());
		return new KnownActor(actor.id(), actor.name(), ActorType.valueOf(actor.kind().name()), aliases, actor.code(),
				actor.countryId(),
				actor.roles()
					.stream()
					.map((role) -> new KnownRole(role.title(), role.organizationId(), role.since(), role.until()))
					.toList());
	}

}
