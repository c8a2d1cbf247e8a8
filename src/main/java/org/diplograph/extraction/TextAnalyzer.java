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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** Abbreviations after which a sentence does not end, whatever follows. */
	private static final Set<String> TITLE_ABBREVIATIONS = Lexicon.words("lt", "gen", "col", "lt.col", "maj", "brig",
			"capt", "cdr", "cmdr", "adm", "cmde", "sgt", "cpl", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov",
			"hon", "st", "no", "nos", "vs", "mt", "ft", "gens", "adml", "lt-gen", "maj-gen", "lt.gen", "maj.gen",
			"rear", "air", "vice");

	/**
	 * Abbreviations after which a sentence ends only when the next one starts a sentence.
	 */
	private static final Set<String> MONTH_ABBREVIATIONS = Lexicon.words("jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec");

	/** Tags whose words are their own lemma; others go through the lemmatizer. */
	private static final Set<String> UNCHANGED_TAGS = Set.of("PROPN", "NUM", "PUNCT", "SYM");

	private static final int MAX_REMEMBERED_LEMMAS = 200_000;

	private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");

	private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.-]+)\\.\\s*$");

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
		for (int[] range : sentenceRanges(body, tools.sentences)) {
			sentences.add(new Sentence(range[0], range[1], tokens(body, range[0], range[1], tools)));
		}
		return sentences;
	}

	/** Sentence ranges per paragraph, re-joined after abbreviations. */
	List<int[]> sentenceRanges(String body) {
		return sentenceRanges(body, this.tools.get().sentences);
	}

	private static List<int[]> sentenceRanges(String body, SentenceDetectorME detector) {
		List<int[]> ranges = new ArrayList<>();
		Matcher paragraph = PARAGRAPH.matcher(body);
		while (paragraph.find()) {
			String text = paragraph.group();
			List<int[]> inParagraph = new ArrayList<>();
			for (Span span : detector.sentPosDetect(text)) {
				int start = paragraph.start() + span.getStart();
				int end = paragraph.start() + span.getEnd();
				if (!inParagraph.isEmpty() && continues(body, inParagraph.get(inParagraph.size() - 1), start)) {
					inParagraph.get(inParagraph.size() - 1)[1] = end;
				}
				else {
					inParagraph.add(new int[] { start, end });
				}
			}
			ranges.addAll(inParagraph.stream().map((range) -> trim(body, range)).filter((r) -> r[1] > r[0]).toList());
		}
		return ranges;
	}

	/**
	 * Whether the sentence starting at {@code next} continues {@code previous}: the
	 * splitter broke after a title, a month or another abbreviation, or before a word in
	 * lower case.
	 */
	static boolean continues(String body, int[] previous, int next) {
		String before = body.substring(previous[0], previous[1]);
		char first = firstLetterOrDigit(body, next);
		if (Character.isLowerCase(first)) {
			return true;
		}
		Matcher last = LAST_WORD.matcher(before);
		if (!last.find()) {
			return false;
		}
		String word = last.group(1).toLowerCase(Locale.ROOT);
		if (TITLE_ABBREVIATIONS.contains(word)) {
			return true;
		}
		if (MONTH_ABBREVIATIONS.contains(word)) {
			return Character.isDigit(first);
		}
		// an initial ("J.") or a dotted acronym ("U.S.") before a number
		return (word.length() == 1 || word.contains(".")) && Character.isDigit(first);
	}

	private static char firstLetterOrDigit(String body, int from) {
		for (int i = from; i < body.length(); i++) {
			char ch = body.charAt(i);
			if (Character.isLetterOrDigit(ch)) {
				return ch;
			}
		}
		return ' ';
	}

	private static int[] trim(String body, int[] range) {
		int start = range[0];
		int end = range[1];
		while (start < end && Character.isWhitespace(body.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
			end--;
		}
		return new int[] { start, end };
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
