package org.diplograph.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.diplograph.common.FuzzyDate;
import org.diplograph.extraction.ArticleInput;
import org.diplograph.extraction.Extraction;
import org.diplograph.extraction.ExtractionEngine;
import org.diplograph.extraction.MentionSpan;
import org.diplograph.model.Mention;
import org.diplograph.text.ActorMention;
import org.diplograph.text.ArticleText;
import org.diplograph.text.MentionFinder;

/**
 * What an import reads from a text, in the order of the seed loader's pipeline and then
 * the engine's: the text cleaned ({@link ArticleText}), the known actors' mentions found
 * ({@code MentionFinder}), and the engine's proposals, relative dates resolved against
 * the publication date (or the day of the import when none is known).
 */
public final class ImportPipeline {

	private static final int TITLE_WORDS = 12;

	private final Supplier<ExtractionEngine> engine;

	private volatile ExtractionEngine loaded;

	/**
	 * @param engine gives the engine when the first article is read
	 */
	public ImportPipeline(Supplier<ExtractionEngine> engine) {
		this.engine = engine;
	}

	/** Cleans a text as the seed loader cleans its texts. */
	public static ArticleText clean(String text) {
		return ArticleText.clean(text);
	}

	/**
	 * Reads a cleaned text as an import does: {@code title}, {@code author} and
	 * {@code publishedOn} as given, else as the text carries them.
	 */
	public Reading read(ArticleText cleaned, String title, String author, FuzzyDate publishedOn, ActorSnapshot actors,
			LocalDate today) {
		String body = cleaned.body();
		FuzzyDate date = (publishedOn != null) ? publishedOn : cleaned.publishedOn();
		String headline = (title != null) ? title : (cleaned.title() != null) ? cleaned.title() : firstWords(body);
		List<ActorMention> found = actors.finder().find(body, date);
		FuzzyDate anchor = (date != null) ? date
				: FuzzyDate.of(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
		Extraction extraction = body.isEmpty() ? null : engine().extract(new ArticleInput(body, headline, anchor,
				actors.known(), found.stream().map((m) -> new MentionSpan(m.actorId(), m.start(), m.end())).toList()));
		return new Reading(body, headline, (author != null) ? author : cleaned.author(), date, cleaned.wordCount(),
				MentionFinder.mentions(found), extraction);
	}

	private ExtractionEngine engine() {
		ExtractionEngine current = this.loaded;
		if (current == null) {
			synchronized (this) {
				if (this.loaded == null) {
					this.loaded = this.engine.get();
				}
				current = this.loaded;
			}
		}
		return current;
	}

	/** A headline for a text that has none: its first words. */
	private static String firstWords(String body) {
		String firstLine = body.lines().findFirst().orElse("").strip();
		String[] words = firstLine.split("\\s+");
		if (words.length <= TITLE_WORDS) {
			return firstLine;
		}
		return String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + " …";
	}

	/**
	 * One text as read: the cleaned body, headline, author and publication date (null
	 * when neither the input nor the text gives one), words, mentions, and the proposals
	 * (null for an empty body).
	 */
	public record Reading(String body, String title, String author, FuzzyDate publishedOn, int wordCount,
			List<Mention> mentions, Extraction extraction) {

	}

}
