package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.diplograph.text.FoldedText;

/**
 * Known-actor mentions for test articles: every name and alias matched on word
 * boundaries, folded, the longest match winning. The application's shared mention finder
 * does more (short forms, exact-case acronyms); tests need only this much.
 */
final class TestMentions {

	private TestMentions() {
	}

	static List<MentionSpan> find(String body, List<KnownActor> actors) {
		FoldedText folded = FoldedText.of(body);
		String text = folded.folded();
		List<MentionSpan> found = new ArrayList<>();
		for (KnownActor actor : actors) {
			List<String> names = new ArrayList<>(actor.aliases());
			names.add(actor.name());
			for (String name : names) {
				String pattern = FoldedText.pattern(name);
				if (pattern.isEmpty()) {
					continue;
				}
				for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
					int end = at + pattern.length();
					if (folded.isWholeWords(at, end)) {
						found.add(new MentionSpan(actor.id(), folded.originalStart(at), folded.originalEnd(end)));
					}
				}
			}
		}
		found.sort(Comparator.comparingInt(MentionSpan::start)
			.thenComparing(Comparator.comparingInt((MentionSpan m) -> m.end() - m.start()).reversed()));
		List<MentionSpan> kept = new ArrayList<>();
		int reached = 0;
		for (MentionSpan mention : found) {
			if (mention.start() >= reached) {
				kept.add(mention);
				reached = mention.end();
			}
		}
		return kept;
	}

}
