package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sentence with what the rules read from it: its tokens' words and lemmas and the
 * entities it names, in token order.
 */
final class SentenceView {

	final int index;

	final Sentence sentence;

	final List<Token> tokens;

	final String text;

	final List<Entity> entities = new ArrayList<>();

	/** The date expressions of this sentence, read as a report [0] and as a plan [1]. */
	private final List<List<DateResolver.DateMention>> dates = new ArrayList<>(Arrays.asList(null, null));

	/** For each token, the entity covering it, or null. */
	private Entity[] byToken;

	SentenceView(int index, Sentence sentence, String body) {
		this.index = index;
		this.sentence = sentence;
		this.tokens = sentence.tokens();
		this.text = body.substring(sentence.start(), sentence.end());
		this.byToken = new Entity[this.tokens.size()];
	}

	int size() {
		return this.tokens.size();
	}

	String word(int i) {
		return (i >= 0 && i < this.tokens.size()) ? Lexicon.word(this.tokens.get(i)) : "";
	}

	String lemma(int i) {
		return (i >= 0 && i < this.tokens.size()) ? this.tokens.get(i).lemma() : "";
	}

	String pos(int i) {
		return (i >= 0 && i < this.tokens.size()) ? this.tokens.get(i).pos() : "";
	}

	Token token(int i) {
		return this.tokens.get(i);
	}

	boolean isWord(int i, String... words) {
		return oneOf(word(i), words);
	}

	boolean isLemma(int i, String... lemmas) {
		return oneOf(lemma(i), lemmas);
	}

	private static boolean oneOf(String value, String[] candidates) {
		for (String candidate : candidates) {
			if (candidate.equals(value)) {
				return true;
			}
		}
		return false;
	}

	/** Whether token {@code i} ends a clause: a comma, semicolon, colon or dash. */
	boolean isClauseBreak(int i) {
		return isWord(i, ",", ";", ":", "\u2014", "\u2013", "(", ")");
	}

	Entity entityAt(int i) {
		return (i >= 0 && i < this.byToken.length) ? this.byToken[i] : null;
	}

	boolean isCovered(int from, int to) {
		for (int i = from; i < to; i++) {
			if (this.byToken[i] != null) {
				return true;
			}
		}
		return false;
	}

	void add(Entity entity) {
		for (int i = entity.first(); i < entity.last(); i++) {
			Entity old = this.byToken[i];
			if (old != null) {
				this.entities.remove(old);
				for (int j = old.first(); j < old.last(); j++) {
					this.byToken[j] = null;
				}
			}
		}
		for (int i = entity.first(); i < entity.last(); i++) {
			this.byToken[i] = entity;
		}
		this.entities.add(entity);
		this.entities.sort(Comparator.comparingInt(Entity::first));
	}

	/** Entities of the actor type given with tokens in [from, to). */
	List<Entity> actorsBetween(int from, int to) {
		return this.entities.stream().filter((e) -> e.isActor() && e.first() >= from && e.first() < to).toList();
	}

	/**
	 * The first token index at or after {@code from} whose lemma is one of those given,
	 * or -1.
	 */
	int find(int from, int to, String... lemmas) {
		for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
			if (isLemma(i, lemmas) || isWord(i, lemmas)) {
				return i;
			}
		}
		return -1;
	}

	/** The date expressions, resolved once per reading. */
	List<DateResolver.DateMention> dates(boolean planned, Supplier<List<DateResolver.DateMention>> resolve) {
		int reading = planned ? 1 : 0;
		if (this.dates.get(reading) == null) {
			this.dates.set(reading, resolve.get());
		}
		return this.dates.get(reading);
	}

	/** The body range of tokens [from, to). */
	TextRange range(int from, int to) {
		return new TextRange(this.tokens.get(from).start(), this.tokens.get(to - 1).end());
	}

}
