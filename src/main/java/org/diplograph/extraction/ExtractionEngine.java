package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes new actors, visits, engagements and deals from one article. Create it once
 * ({@link #load()} reads the OpenNLP models and the gazetteer from the classpath, about a
 * second) and share it: {@link #extract} is thread-safe (each thread gets its own OpenNLP
 * tools over the shared, immutable models) and keeps no state between articles.
 */
public final class ExtractionEngine {

	/**
	 * The version of the rules and models; stored with every extraction, so candidates
	 * can be told apart from those a later version proposes.
	 */
	public static final String PIPELINE_VERSION = "diplograph-rules-1+" + TextAnalyzer.MODELS;

	private final TextAnalyzer analyzer;

	private final Gazetteer gazetteer;

	private ExtractionEngine(TextAnalyzer analyzer, Gazetteer gazetteer) {
		this.analyzer = analyzer;
		this.gazetteer = gazetteer;
	}

	/** Reads the models and word lists from the classpath; nothing is downloaded. */
	public static ExtractionEngine load() {
		return new ExtractionEngine(TextAnalyzer.load(), Gazetteer.load());
	}

	/** The sentences, tokens and candidates of one article. */
	public Extraction extract(ArticleInput input) {
		ArticleContext context = new ArticleContext(input, this.gazetteer);
		List<Sentence> sentences = this.analyzer.analyze(input.body());
		EntityFinder entities = new EntityFinder(context);
		for (Sentence sentence : sentences) {
			SentenceView view = new SentenceView(context.sentences.size(), sentence, input.body());
			context.sentences.add(view);
			entities.find(view, input.mentions());
		}
		ContactRule contacts = new ContactRule(context);
		DealRule deals = new DealRule(context);
		for (SentenceView view : context.sentences) {
			contacts.apply(view);
			deals.apply(view);
		}
		List<VisitCandidate> visits = merge(contacts.visits, Drafts.Visit::sameVisit, Drafts.Visit::absorb).stream()
			.map(Drafts.Visit::freeze)
			.toList();
		List<EngagementCandidate> engagements = merge(contacts.engagements, Drafts.Engagement::sameEngagement,
				Drafts.Engagement::absorb)
			.stream()
			.map(Drafts.Engagement::freeze)
			.toList();
		List<DealCandidate> proposedDeals = merge(deals.deals, Drafts.Deal::sameDeal, Drafts.Deal::absorb).stream()
			.map(Drafts.Deal::freeze)
			.toList();
		return new Extraction(PIPELINE_VERSION, sentences, context.proposals.candidates(input.knownActors()), visits,
				engagements, proposedDeals);
	}

	/** Folds each draft into the first earlier one that reports the same fact. */
	private static <D> List<D> merge(List<D> drafts, Same<D> same, Absorb<D> absorb) {
		List<D> merged = new ArrayList<>();
		for (D draft : drafts) {
			D into = null;
			for (D earlier : merged) {
				if (same.test(earlier, draft)) {
					into = earlier;
					break;
				}
			}
			if (into != null) {
				absorb.accept(into, draft);
			}
			else {
				merged.add(draft);
			}
		}
		return merged;
	}

	private interface Same<D> {

		boolean test(D earlier, D later);

	}

	private interface Absorb<D> {

		void accept(D into, D other);

	}

}
