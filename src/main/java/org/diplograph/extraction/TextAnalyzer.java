package org.diplograph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags and lemmas with Apache OpenNLP's Universal Dependencies
 * English models, read once from the classpath. The models are immutable and shared; the
 * OpenNLP tools that use them keep state per call, so each thread gets its own set.
 */
final class TextAnalyzer {

	static final String MODELS = "opennlp-en-ud-ewt-1.3-2.5.4";

	/** Tags whose words are their own lemma; others go through the lemmatizer. */
	private static final Set<String> UNCHANGED_TAGS = Set.of("PROPN", "NUM", "PUNCT", "SYM");

	private static final int MAX_REMEMBERED_LEMMAS = 200_000;

	private final SentenceModel sentenceModel;

	private final TokenizerModel tokenizerModel;

	private final POSModel posModel;

	private final LemmatizerModel lemmatizerModel;

	private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

	/** Lemmas by tag and word, shared by all threads. */
	private final Map<String, String> lemmas = new ConcurrentHashMap<>();

	private TextAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
			LemmatizerModel lemmatizerModel) {
		this.sentenceModel = sentenceModel;
		this.tokenizerModel = tokenizerModel;
		this.posModel = posModel;
		this.lemmatizerModel = lemmatizerModel;
	}

	/** Reads the four models from the classpath (the opennlp-models-*-en jars). */
	static TextAnalyzer load() {
		try {
			return new TextAnalyzer(new SentenceModel(open("sentence")), new TokenizerModel(open("tokens")),
					new POSModel(open("pos")), new LemmatizerModel(open("lemmas")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the OpenNLP models from the classpath", ex);
		}
	}

	private static InputStream open(String kind) {
		String name = MODELS.replace("ewt-", "ewt-" + kind + "-") + ".bin";
		InputStream stream = TextAnalyzer.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException("The OpenNLP model " + name
					+ " is not on the classpath; the opennlp-models-*-en 1.3.0 dependencies provide it");
		}
		return stream;
	}

	private Tools newTools() {
		return new Tools(new SentenceDetectorME(this.sentenceModel), new TokenizerME(this.tokenizerModel),
				new POSTaggerME(this.posModel, POSTagFormat.UD), new LemmatizerME(this.lemmatizerModel));
	}

	/** The sentences of {@code body} with their tokens, in order. */
	List<Sentence> analyze(String body) {
		Tools tools = this.tools.get();
		List<Sentence> sentences = new ArrayList<>();
		for (int[] range : SentenceSplitter.sentenceRanges(body, tools.sentences)) {
			sentences.add(new Sentence(range[0], range[1], tokens(body, range[0], range[1], tools)));
		}
		return sentences;
	}

	private List<Token> tokens(String body, int start, int end, Tools tools) {
		String text = body.substring(start, end);
		List<int[]> spans = new ArrayList<>();
		for (Span span : tools.tokenizer.tokenizePos(text)) {
			splitPossessive(text, span.getStart(), span.getEnd(), spans);
		}
		String[] words = new String[spans.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
		}
		String[] tags = tools.tagger.tag(words);
		List<Token> tokens = new ArrayList<>(words.length);
		for (int i = 0; i < words.length; i++) {
			tokens.add(new Token(start + spans.get(i)[0], start + spans.get(i)[1], words[i], tags[i],
					lemma(words[i], tags[i], tools)));
		}
		return tokens;
	}

	/**
	 * The lemma of a word with its tag: the word itself, in lower case, for names,
	 * numbers and punctuation; else the lemmatizer's, remembered, since the model's beam
	 * search costs a millisecond or more a word and a word's lemma hardly depends on its
	 * sentence once its tag is known.
	 */
	private String lemma(String word, String tag, Tools tools) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (UNCHANGED_TAGS.contains(tag)) {
			return lower;
		}
		String key = tag + ' ' + lower;
		String lemma = this.lemmas.get(key);
		if (lemma == null) {
			lemma = tools.lemmatizer.lemmatize(new String[] { lower }, new String[] { tag })[0];
			if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || lemma.contains("+")) {
				lemma = lower;
			}
			lemma = lemma.toLowerCase(Locale.ROOT);
			if (this.lemmas.size() > MAX_REMEMBERED_LEMMAS) {
				this.lemmas.clear();
			}
			this.lemmas.put(key, lemma);
		}
		return lemma;
	}

	/**
	 * The tokenizer keeps "Türkiye's" whole; the tagger and every rule want the
	 * possessive apart.
	 */
	private static void splitPossessive(String text, int start, int end, List<int[]> spans) {
		if (end - start > 2) {
			char apostrophe = text.charAt(end - 2);
			char s = text.charAt(end - 1);
			if ((apostrophe == '\'' || apostrophe == '\u2019') && (s == 's' || s == 'S')) {
				spans.add(new int[] { start, end - 2 });
				spans.add(new int[] { end - 2, end });
				return;
			}
		}
		spans.add(new int[] { start, end });
	}

	private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger,
			LemmatizerME lemmatizer) {

	}

}
