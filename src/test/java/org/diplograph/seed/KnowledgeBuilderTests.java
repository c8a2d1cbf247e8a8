package org.diplograph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.diplograph.common.DatePrecision;
import org.diplograph.common.Evidence;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Mention;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitRole;
import org.diplograph.model.VisitStatus;
import org.diplograph.text.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KnowledgeBuilderTests {

	static final String SOURCE_DIR = "../shared/seeds";

	static final String SEED_DIR = "seed";

	static final List<String> SEED_FILES = List.of("articles.yaml", "actors.yaml", "visits.yaml", "deals.yaml",
			"engagements.yaml");

	private static Knowledge knowledge;

	@BeforeAll
	static void buildTheRealSeed() {
		knowledge = build(SOURCE_DIR, SEED_DIR);
	}

	// The real seed

	@Test
	void realSeedBuildsEveryEntry() {
		assertThat(knowledge.articles()).hasSize(5);
		// 63 when these tests were written; the seed file is the reference as actors are
		// added
		assertThat(knowledge.actors()).hasSize(actorEntriesInSeed()).hasSizeGreaterThanOrEqualTo(63);
		assertThat(knowledge.visits()).hasSize(20);
		assertThat(knowledge.deals()).hasSize(20);
		assertThat(knowledge.engagements()).hasSize(11);
		assertThat(knowledge.contentHash()).matches("[0-9a-f]{64}");
	}

	@Test
	void idsAreTypePrefixedAndUnique() {
		assertThat(knowledge.articles()).extracting(Article::id)
			.allMatch((id) -> id.startsWith("article:"))
			.doesNotHaveDuplicates();
		assertThat(knowledge.actors()).extracting(Actor::id)
			.allMatch((id) -> id.startsWith("actor:"))
			.doesNotHaveDuplicates();
		assertThat(knowledge.visits()).extracting(Visit::id)
			.allMatch((id) -> id.startsWith("visit:"))
			.doesNotHaveDuplicates();
		assertThat(knowledge.deals()).extracting(DefenceDeal::id)
			.allMatch((id) -> id.startsWith("deal:"))
			.doesNotHaveDuplicates();
		assertThat(knowledge.engagements()).extracting(Engagement::id)
			.allMatch((id) -> id.startsWith("engagement:"))
			.doesNotHaveDuplicates();
	}

	@Test
	void articlesTakeMetadataFromTheSeedOrTheText() {
		Map<String, Article> articles = byId(knowledge.articles(), Article::id);
		Article gorgun = articles.get("article:002_e51cdd4034850a5f");
		assertThat(gorgun.title()).isEqualTo("Türkiye's defence industries head Haluk Görgün holds talks in Dhaka");
		assertThat(gorgun.publishedOn().iso()).isEqualTo("2025-07");
		assertThat(gorgun.sourceFile()).isEqualTo("002_e51cdd4034850a5f.txt");
		assertThat(gorgun.sha256()).isEqualTo("8f35217ccdc6c8e6657094a04b66cac297844d238cfe5d440c7bdeed95ed5fb2");
		Article rostami = articles.get("article:004_0175bc3a33f42058");
		assertThat(rostami.title()).isEqualTo("Growing Pakistan-Bangladesh Relations, Challenges and Prospects");
		assertThat(rostami.author()).isEqualTo("Samyar Rostami");
		assertThat(rostami.publishedOn().iso()).isEqualTo("2025-10-23");
		Article bdMilitary = articles.get("article:003_002019fea3fe7ae5");
		assertThat(bdMilitary.publication()).isEqualTo("BDMilitary");
		assertThat(bdMilitary.author()).isEqualTo("Ayesha Farid");
		assertThat(bdMilitary.publishedOn().precision()).isEqualTo(DatePrecision.YEAR);
		Article mke = articles.get("article:001_141978add01e0fce");
		assertThat(mke.publishedOn().iso()).isEqualTo("2025-06-03");
		assertThat(mke.sortKey()).isEqualTo("2025-06-03");
		assertThat(articles.get("article:000_0f2883a8e8540535").title()).startsWith("New strategic heat");
	}

	@Test
	void articleWordCountsAreThoseOfTheBody() {
		for (Article article : knowledge.articles()) {
			int words = article.body().split("\\s+").length;
			assertThat(article.wordCount()).as(article.id()).isBetween(words * 9 / 10, words * 11 / 10);
		}
	}

	@Test
	void mentionOffsetsPointAtAName() {
		Map<String, Actor> actors = byId(knowledge.actors(), Actor::id);
		int checked = 0;
		for (Article article : knowledge.articles()) {
			assertThat(article.actorIds()).as(article.id())
				.containsExactlyElementsOf(article.mentions().stream().map(Mention::actorId).toList());
			for (Mention mention : article.mentions()) {
				assertThat(mention.count()).isEqualTo(mention.offsets().size());
				assertThat(mention.offsets()).containsAll(mention.roleOffsets());
				Actor actor = actors.get(mention.actorId());
				for (int offset : mention.offsets()) {
					String near = article.body().substring(offset, Math.min(article.body().length(), offset + 120));
					String at = " " + FoldedText.of(near).folded();
					if (mention.roleOffsets().contains(offset)) {
						// a role phrase: a head word within its first words
						assertThat(at.substring(0, Math.min(at.length(), 60)))
							.as("role at %d of %s", offset, article.id())
							.containsAnyOf(" chief", " head");
					}
					else {
						assertThat(names(actor)).as("%s at %d of %s", actor.id(), offset, article.id())
							.anyMatch((name) -> at.startsWith(" " + FoldedText.pattern(name)));
					}
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void gorgunIsMentionedUnderEverySpellingInTheAnadoluText() {
		Article article = byId(knowledge.articles(), Article::id).get("article:002_e51cdd4034850a5f");
		Mention gorgun = article.mentions()
			.stream()
			.filter((m) -> m.actorId().equals("actor:haluk-gorgun"))
			.findFirst()
			.orElseThrow();
		// by his role first, then "Haluk Gorgun", "Gorgun" four times and "Gungor"
		assertThat(gorgun.count()).isEqualTo(7);
		assertThat(gorgun.roleOffsets()).containsExactly(gorgun.offsets().get(0));
		assertThat(article.body().substring(gorgun.offsets().get(0))).startsWith("the head of");
		assertThat(article.body().substring(gorgun.offsets().get(1))).startsWith("Haluk Gorgun");
		assertThat(article.body().substring(gorgun.offsets().get(6))).startsWith("Gungor");
	}

	@Test
	void everyVisitAndDealQuoteIsExactlyTheBodyRange() {
		Map<String, Article> articles = byId(knowledge.articles(), Article::id);
		List<Evidence> all = new ArrayList<>();
		knowledge.visits().forEach((visit) -> all.addAll(visit.sources()));
		knowledge.deals().forEach((deal) -> all.addAll(deal.sources()));
		knowledge.engagements().forEach((engagement) -> all.addAll(engagement.sources()));
		assertThat(all).hasSize(38 + 29 + 13);
		for (Evidence evidence : all) {
			String body = articles.get(evidence.articleId()).body();
			assertThat(evidence.quote()).isEqualTo(body.substring(evidence.start(), evidence.end()));
		}
	}

	@Test
	void everyQuoteIsWholeSentencesThatSayWhatTheVisitOrDealIs() {
		assertThat(evidenceProblems(knowledge)).isEmpty();
	}

	@Test
	void evidenceCheckCatchesShiftedOffsets(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-07-haluk-gorgun-dhaka", "start: 180, end: 338", "start: 183, end: 341");
		breakEntry(dir, "deals.yaml", "tulpar-light-tanks", "start: 1555, end: 1668", "start: 1554, end: 1667");
		assertThat(evidenceProblems(build(SOURCE_DIR, dir.toString())))
			.anyMatch((problem) -> problem.startsWith("visit:2025-07-haluk-gorgun-dhaka 183-341"))
			.anyMatch((problem) -> problem.startsWith("deal:tulpar-light-tanks 1554-1667"))
			.hasSize(2);
	}

	@Test
	void evidenceCheckCatchesAQuoteOfSomethingElse(@TempDir Path dir) throws IOException {
		copySeed(dir);
		// a whole sentence of the same article, about the defence framework rather than
		// this visit
		breakEntry(dir, "visits.yaml", "2025-02-nazrul-islam-ankara", "start: 3684, end: 3794", "start: 662, end: 779");
		assertThat(evidenceProblems(build(SOURCE_DIR, dir.toString()))).hasSize(2)
			.allMatch((problem) -> problem.startsWith("visit:2025-02-nazrul-islam-ankara"))
			.anyMatch((problem) -> problem.startsWith("visit:2025-02-nazrul-islam-ankara 662-779: names none of"))
			.anyMatch((problem) -> problem.contains("no quote names any of [Nazrul Islam, Türkiye, Turkey"));
	}

	/**
	 * What is wrong with the evidence of every visit and deal: a quote that is not its
	 * body range, does not start and end on sentence boundaries, or (for visits) neither
	 * names someone or somewhere of the visit nor shares three words with its summary and
	 * purpose; and a visit none of whose quotes names a visitor, the host country or the
	 * place.
	 */
	static List<String> evidenceProblems(Knowledge knowledge) {
		Map<String, Article> articles = byId(knowledge.articles(), Article::id);
		Map<String, Actor> actors = byId(knowledge.actors(), Actor::id);
		List<String> problems = new ArrayList<>();
		for (Visit visit : knowledge.visits()) {
			Set<String> whoOrWhere = new LinkedHashSet<>();
			visit.visitorIds().forEach((id) -> whoOrWhere.addAll(names(actors.get(id))));
			whoOrWhere.addAll(names(actors.get(visit.hostCountryId())));
			if (visit.place() != null) {
				whoOrWhere.add(visit.place());
			}
			Set<String> involved = new LinkedHashSet<>(whoOrWhere);
			visit.involvedIds().forEach((id) -> involved.addAll(names(actors.get(id))));
			Set<String> summaryWords = words(visit.summary() + " " + Objects.toString(visit.purpose(), ""));
			for (Evidence evidence : visit.sources()) {
				String where = visit.id() + " " + evidence.start() + "-" + evidence.end();
				sentenceProblem(articles.get(evidence.articleId()).body(), evidence)
					.ifPresent((problem) -> problems.add(where + problem));
				Set<String> shared = new HashSet<>(words(evidence.quote()));
				shared.retainAll(summaryWords);
				if (!namesAny(evidence.quote(), involved) && shared.size() < 3) {
					problems.add(
							where + ": names none of " + involved + " and shares only " + shared + " with the summary");
				}
			}
			if (visit.sources().stream().noneMatch((evidence) -> namesAny(evidence.quote(), whoOrWhere))) {
				problems.add(visit.id() + ": no quote names any of " + whoOrWhere);
			}
		}
		for (DefenceDeal deal : knowledge.deals()) {
			for (Evidence evidence : deal.sources()) {
				String where = deal.id() + " " + evidence.start() + "-" + evidence.end();
				sentenceProblem(articles.get(evidence.articleId()).body(), evidence)
					.ifPresent((problem) -> problems.add(where + problem));
			}
		}
		for (Engagement engagement : knowledge.engagements()) {
			Set<String> taking = new LinkedHashSet<>();
			engagement.involvedIds().forEach((id) -> taking.addAll(names(actors.get(id))));
			if (engagement.place() != null) {
				taking.add(engagement.place());
			}
			for (Evidence evidence : engagement.sources()) {
				String where = engagement.id() + " " + evidence.start() + "-" + evidence.end();
				sentenceProblem(articles.get(evidence.articleId()).body(), evidence)
					.ifPresent((problem) -> problems.add(where + problem));
			}
			// every participant and country taking part is named by one of its quotes, a
			// country also through a participant of it (the host country is the place's)
			Set<String> named = new LinkedHashSet<>(engagement.participantIds());
			named.addAll(engagement.countryIds());
			for (String id : named) {
				Set<String> spellings = new LinkedHashSet<>(names(actors.get(id)));
				spellings.addAll(adjectives(id));
				engagement.participantIds()
					.stream()
					.filter((participant) -> id.equals(actors.get(participant).countryId()))
					.forEach((participant) -> spellings.addAll(names(actors.get(participant))));
				if (engagement.sources().stream().noneMatch((evidence) -> namesAny(evidence.quote(), spellings))) {
					problems.add(engagement.id() + ": no quote names " + id);
				}
			}
		}
		return problems;
	}

	/** How the texts name a country's people or government instead of the country. */
	private static List<String> adjectives(String countryId) {
		return switch (countryId) {
			case "actor:country-bd" -> List.of("Bangladeshi", "Dhaka");
			case "actor:country-pk" -> List.of("Pakistani", "Islamabad");
			case "actor:country-tr" -> List.of("Turkish", "Ankara");
			default -> List.of();
		};
	}

	private static Optional<String> sentenceProblem(String body, Evidence evidence) {
		String quote = evidence.quote();
		if (!quote.equals(body.substring(evidence.start(), evidence.end()))) {
			return Optional.of(": the quote is not the body range");
		}
		boolean startsSentence = (evidence.start() == 0 || Character.isWhitespace(body.charAt(evidence.start() - 1)))
				&& (Character.isUpperCase(quote.charAt(0)) || Character.isDigit(quote.charAt(0)));
		boolean endsSentence = (evidence.end() == body.length() || Character.isWhitespace(body.charAt(evidence.end())))
				&& ".:!?\u201d\"".indexOf(quote.charAt(quote.length() - 1)) >= 0;
		if (!startsSentence || !endsSentence) {
			return Optional.of(": '" + quote + "' is not whole sentences");
		}
		return Optional.empty();
	}

	@Test
	void oneVisitReportedByTwoArticlesHasEvidenceFromBoth() {
		Visit visit = byId(knowledge.visits(), Visit::id).get("visit:2025-07-haluk-gorgun-dhaka");
		assertThat(visit.visitorIds()).containsExactly("actor:haluk-gorgun");
		assertThat(visit.fromCountryId()).isEqualTo("actor:country-tr");
		assertThat(visit.hostCountryId()).isEqualTo("actor:country-bd");
		assertThat(visit.metWithIds()).containsExactly("actor:muhammad-yunus", "actor:waker-uz-zaman",
				"actor:mohammad-nazmul-hassan");
		assertThat(visit.involvedIds()).containsExactly("actor:haluk-gorgun", "actor:country-tr", "actor:country-bd",
				"actor:muhammad-yunus", "actor:waker-uz-zaman", "actor:mohammad-nazmul-hassan");
		assertThat(visit.articleIds()).containsExactly("article:000_0f2883a8e8540535", "article:002_e51cdd4034850a5f");
		assertThat(visit.sources()).hasSize(7);
		assertThat(visit.sources().get(2).quote()).startsWith("Haluk Gorgun met");
		assertThat(visit.date().iso()).isEqualTo("2025-07");
		assertThat(visit.status()).isEqualTo(VisitStatus.COMPLETED);
	}

	@Test
	void visitsAreSortedByDateThenId() {
		List<String> starts = knowledge.visits().stream().map((visit) -> visit.date().start()).toList();
		assertThat(starts).isSorted();
		assertThat(knowledge.visits().get(0).id()).isEqualTo("visit:1974-leaders-bangladesh");
		assertThat(knowledge.visits().get(1).id()).isEqualTo("visit:1974-leaders-pakistan");
	}

	@Test
	void dealsAreSortedByDateWithUndatedLast() {
		assertThat(knowledge.deals()).extracting(DefenceDeal::sortKey).isSorted();
		assertThat(knowledge.deals().get(0).date().iso()).isEqualTo("2018");
		DefenceDeal last = knowledge.deals().get(knowledge.deals().size() - 1);
		assertThat(last.id()).isEqualTo("deal:small-defence-mous");
		assertThat(last.date()).isNull();
		assertThat(last.sortKey()).isEqualTo("9999-99-99");
	}

	@Test
	void dealPartiesIncludeBuyerAndSupplier() {
		DefenceDeal boran = byId(knowledge.deals(), DefenceDeal::id).get("deal:boran-howitzers");
		assertThat(boran.partyIds()).containsExactly("actor:country-bd", "actor:country-tr", "actor:mke");
		assertThat(boran.items()).singleElement().satisfies((item) -> {
			assertThat(item.quantity()).isEqualTo(18);
			assertThat(item.plannedQuantity()).isEqualTo(200);
			assertThat(item.manufacturerId()).isEqualTo("actor:mke");
			assertThat(item.systemKey()).isEqualTo("mkeboran105mmhowitzer");
		});
	}

	@Test
	void actorsKnowTheirArticlesVisitsAndDeals() {
		Map<String, Actor> actors = byId(knowledge.actors(), Actor::id);
		Actor zaman = actors.get("actor:waker-uz-zaman");
		assertThat(zaman.visitRefs()).extracting(Actor.VisitRef::visitId)
			.containsExactly("visit:2025-waker-uz-zaman-pakistan", "visit:2025-07-haluk-gorgun-dhaka",
					"visit:2025-11-waker-uz-zaman-turkiye");
		assertThat(zaman.visitRefs()).extracting(Actor.VisitRef::role)
			.containsExactly(VisitRole.VISITOR, VisitRole.MET, VisitRole.VISITOR);
		Actor gorgun = actors.get("actor:haluk-gorgun");
		assertThat(gorgun.articleIds()).containsExactlyInAnyOrder("article:000_0f2883a8e8540535",
				"article:002_e51cdd4034850a5f");
		assertThat(gorgun.nameKeys()).contains("halukgorgun", "gorgun", "gungor");
		assertThat(gorgun.sortKey()).isEqualTo("halukgorgun");
		assertThat(gorgun.countryId()).isEqualTo("actor:country-tr");
		Actor mke = actors.get("actor:mke");
		// a party only where a quote names it: the industrial complexes' quotes do not
		assertThat(mke.dealIds()).containsExactly("deal:boran-howitzers");
		// an engagement counts for its participants, its countries and its host
		assertThat(actors.get("actor:muhammad-yunus").engagementIds()).containsExactly(
				"engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus",
				"engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus");
		assertThat(actors.get("actor:country-eg").engagementIds())
			.containsExactly("engagement:2024-bangladesh-pakistan-leaders-cairo");
		assertThat(byId(knowledge.articles(), Article::id).get("article:004_0175bc3a33f42058").engagementIds())
			.hasSize(8);
		Actor pakistan = actors.get("actor:country-pk");
		assertThat(pakistan.code()).isEqualTo("PK");
		assertThat(pakistan.visitRefs()).filteredOn((ref) -> ref.role() == VisitRole.HOST).hasSize(5);
	}

	@Test
	void buildingTwiceGivesTheSameDocumentsAndHash() {
		Knowledge again = build(SOURCE_DIR, SEED_DIR);
		assertThat(again).isEqualTo(knowledge);
	}

	@Test
	void classpathSeedIsTheSameAsTheSeedDirectory() {
		Knowledge fromClasspath = KnowledgeBuilder
			.build(SeedSource.read(new SeedProperties(SOURCE_DIR, null, false, true)));
		assertThat(fromClasspath.contentHash()).isEqualTo(knowledge.contentHash());
		assertThat(fromClasspath.visits()).isEqualTo(knowledge.visits());
	}

	// Broken seeds

	@Test
	void evidenceRangePastTheBodyEndNamesFileEntryAndSource(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-07-haluk-gorgun-dhaka", "start: 501, end: 631", "start: 501, end: 99999");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("visits.yaml, entry 2025-07-haluk-gorgun-dhaka, source 5")
			.withMessageContaining("501-99999 is not within the body of 002_e51cdd4034850a5f (0-");
	}

	@Test
	void negativeOrEmptyRangeIsRefused(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "deals.yaml", "tulpar-light-tanks", "start: 1555, end: 1668", "start: 1668, end: 1555");
		breakEntry(dir, "visits.yaml", "2025-02-nazrul-islam-ankara", "start: 3684", "start: -1");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("deals.yaml, entry tulpar-light-tanks, source 1: the range 1668-1555")
			.withMessageContaining("visits.yaml, entry 2025-02-nazrul-islam-ankara, source 1: the range -1-3794");
	}

	@Test
	void unknownActorInVisitorsNamesFileEntryAndSlug(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-07-haluk-gorgun-dhaka", "visitors: [haluk-gorgun]",
				"visitors: [haluk-gorgun, nobody-at-all]");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("visits.yaml, entry 2025-07-haluk-gorgun-dhaka: visitors names nobody-at-all")
			.withMessageContaining("not in actors.yaml");
	}

	@Test
	void duplicateVisitIdNamesTheEntry(@TempDir Path dir) throws IOException {
		copySeed(dir);
		replace(dir, "visits.yaml", "- id: 2025-07-asif-mahmud-sajib-bhuiyan-ankara",
				"- id: 2025-07-haluk-gorgun-dhaka");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("visits.yaml, entry 2025-07-haluk-gorgun-dhaka: id must be a unique lower-case slug")
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(1));
	}

	@Test
	void badDateNamesEntryAndSaysWhatIsWrong(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-01-omer-bolat-dhaka", "date: \"2025-01\"", "date: \"2025-13\"");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("visits.yaml, entry 2025-01-omer-bolat-dhaka: date '2025-13' has month 13")
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(1));
	}

	@Test
	void dateThatDisagreesWithTheIdIsRefused(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-01-omer-bolat-dhaka", "date: \"2025-01\"", "date: \"2025-02\"");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining(
					"visits.yaml, entry 2025-01-omer-bolat-dhaka: id must begin with the year and month of its date, 2025-02");
	}

	@Test
	void visitWithoutSourcesNamesTheEntry(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-02-nazrul-islam-ankara",
				"  sources:\n    - {article: 000_0f2883a8e8540535, start: 3684, end: 3794}", "  sources: []");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("visits.yaml, entry 2025-02-nazrul-islam-ankara: needs at least one source");
	}

	@Test
	void unknownArticleNamesEntryAndArticle(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-04-touhid-hossain-antalya", "article: 000_0f2883a8e8540535",
				"article: 999_not_an_article");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining(
					"visits.yaml, entry 2025-04-touhid-hossain-antalya, source 1: no article 999_not_an_article in articles.yaml");
	}

	@Test
	void malformedYamlNamesTheFileAndLine(@TempDir Path dir) throws IOException {
		copySeed(dir);
		Files.writeString(dir.resolve("visits.yaml"), "\n- {id: broken-entry, summary: [unclosed\n",
				StandardOpenOption.APPEND);
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("visits.yaml is malformed")
			.withMessageContaining("(line ");
	}

	@Test
	void unknownFieldIsMalformed(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "deals.yaml", "boran-howitzers", "  kind: PROCUREMENT", "  kind: PROCUREMENT\n  colour: red");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("deals.yaml is malformed")
			.withMessageContaining("colour");
	}

	@Test
	void badEnumAndUnknownReferenceInADealNameTheEntry(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "deals.yaml", "boran-howitzers", "status: SIGNED", "status: DONE");
		breakEntry(dir, "deals.yaml", "tulpar-light-tanks", "supplier: country-tr", "supplier: country-xx");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("deals.yaml, entry boran-howitzers: status is DONE; expected one of [INTEREST,")
			.withMessageContaining(
					"deals.yaml, entry tulpar-light-tanks: supplier names country-xx, which is not in actors.yaml")
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(2));
	}

	@Test
	void hostThatIsNotACountryIsRefused(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-01-omer-bolat-dhaka", "host: country-bd", "host: bangladesh-army");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining(
					"visits.yaml, entry 2025-01-omer-bolat-dhaka: host must be a country, and bangladesh-army is not");
	}

	@Test
	void actorProblemsNameTheActorEntry(@TempDir Path dir) throws IOException {
		copySeed(dir);
		replace(dir, "actors.yaml", "{id: country-th, kind: COUNTRY, name: Thailand, code: TH,",
				"{id: country-th, kind: COUNTRY, name: Thailand, code: tha,");
		replace(dir, "actors.yaml", "- id: nazrul-islam\n  kind: PERSON", "- id: nazrul-islam\n  kind: HUMAN");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("actors.yaml, entry country-th: a country needs its ISO 3166-1 alpha-2 code")
			.withMessageContaining("actors.yaml, entry nazrul-islam: kind is HUMAN");
	}

	@Test
	void everyProblemIsReportedAtOnce(@TempDir Path dir) throws IOException {
		copySeed(dir);
		breakEntry(dir, "visits.yaml", "2025-01-omer-bolat-dhaka", "date: \"2025-01\"", "date: \"2025-13\"");
		breakEntry(dir, "visits.yaml", "2025-04-touhid-hossain-antalya", "article: 000_0f2883a8e8540535",
				"article: 999_not_an_article");
		breakEntry(dir, "deals.yaml", "boran-howitzers", "status: SIGNED", "status: DONE");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(3)
				.anyMatch((problem) -> problem.startsWith("visits.yaml, entry 2025-01-omer-bolat-dhaka: "))
				.anyMatch((problem) -> problem
					.startsWith("visits.yaml, entry 2025-04-touhid-hossain-antalya, source 1: "))
				.anyMatch((problem) -> problem.startsWith("deals.yaml, entry boran-howitzers: ")))
			.withMessageStartingWith("The seed was not loaded: ");
	}

	@Test
	void missingSeedFileIsNamed(@TempDir Path dir) throws IOException {
		copySeed(dir);
		Files.delete(dir.resolve("deals.yaml"));
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(SOURCE_DIR, dir.toString()))
			.withMessageContaining("the seed file " + dir.resolve("deals.yaml"))
			.withMessageContaining("does not exist");
	}

	@Test
	void seedWithoutEngagementsHasNone(@TempDir Path dir) throws IOException {
		copySeed(dir);
		Files.delete(dir.resolve("engagements.yaml"));
		Knowledge without = build(SOURCE_DIR, dir.toString());
		assertThat(without.engagements()).isEmpty();
		assertThat(without.visits()).isEqualTo(knowledge.visits());
		assertThat(without.contentHash()).isNotEqualTo(knowledge.contentHash());
	}

	@Test
	void missingSourceDirectoryIsNamed(@TempDir Path dir) {
		Path missing = dir.resolve("no-such-sources");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(missing.toString(), SEED_DIR))
			.withMessageContaining("the source directory " + missing.toAbsolutePath().normalize() + " does not exist")
			.withMessageContaining("diplograph.seed.source-dir");
	}

	@Test
	void textThatDiffersFromItsHashIsRefusedByName(@TempDir Path dir) throws IOException {
		copySources(dir);
		Files.writeString(dir.resolve("003_002019fea3fe7ae5.txt"), "x", StandardOpenOption.APPEND);
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(dir.toString(), SEED_DIR))
			.withMessageContaining("articles.yaml, entry 003_002019fea3fe7ae5.txt: refusing "
					+ dir.resolve("003_002019fea3fe7ae5.txt").toAbsolutePath().normalize())
			.withMessageContaining(
					"but the seed expects 0e374fd1764dca83f90f4caaa3481473ba81571d2f01f801b774e98b32a76caf")
			.satisfies((ex) -> assertThat(ex.problems().get(0))
				.startsWith("articles.yaml, entry 003_002019fea3fe7ae5.txt: "))
			// the visits and deals quoting the refused text are not reported again as
			// naming a missing article
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(1));
	}

	@Test
	void missingTextIsRefusedByName(@TempDir Path dir) throws IOException {
		copySources(dir);
		Files.delete(dir.resolve("001_141978add01e0fce.txt"));
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> build(dir.toString(), SEED_DIR))
			.withMessageContaining("articles.yaml, entry 001_141978add01e0fce.txt: the source text "
					+ dir.resolve("001_141978add01e0fce.txt").toAbsolutePath().normalize() + " does not exist");
	}

	@Test
	void copiedSourcesAndSeedBuildTheSameKnowledge(@TempDir Path dir) throws IOException {
		Path sources = Files.createDirectory(dir.resolve("sources"));
		Path seed = Files.createDirectory(dir.resolve("seed"));
		copySources(sources);
		copySeed(seed);
		assertThat(build(sources.toString(), seed.toString())).isEqualTo(knowledge);
	}

	// Helpers, shared with SeedLoaderTests

	static Knowledge build(String sourceDir, String seedDir) {
		return KnowledgeBuilder.build(SeedSource.read(new SeedProperties(sourceDir, seedDir, false, true)));
	}

	/** The entries of seed/actors.yaml, counted as lines that start an entry. */
	static int actorEntriesInSeed() {
		try {
			return (int) Files.readAllLines(Path.of(SEED_DIR, "actors.yaml"), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.startsWith("- id:") || line.startsWith("- {id:"))
				.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void copySeed(Path dir) throws IOException {
		for (String file : SEED_FILES) {
			Files.copy(Path.of(SEED_DIR, file), dir.resolve(file));
		}
	}

	static void copySources(Path dir) throws IOException {
		try (var files = Files.list(Path.of(SOURCE_DIR))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".txt")).toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
	}

	/**
	 * Replaces the first {@code from} after the line {@code - id: <entryId>} of a seed
	 * file.
	 */
	static void breakEntry(Path dir, String file, String entryId, String from, String to) throws IOException {
		Path path = dir.resolve(file);
		String content = Files.readString(path, StandardCharsets.UTF_8);
		int entry = content.indexOf("- id: " + entryId + "\n");
		assertThat(entry).as("entry %s in %s", entryId, file).isNotNegative();
		int at = content.indexOf(from, entry);
		int next = content.indexOf("\n- ", entry + 1);
		assertThat(at).as("'%s' in entry %s", from, entryId).isNotNegative();
		assertThat(next < 0 || at < next).as("'%s' in entry %s", from, entryId).isTrue();
		Files.writeString(path, content.substring(0, at) + to + content.substring(at + from.length()),
				StandardCharsets.UTF_8);
	}

	static void replace(Path dir, String file, String from, String to) throws IOException {
		Path path = dir.resolve(file);
		String content = Files.readString(path, StandardCharsets.UTF_8);
		assertThat(content).contains(from);
		Files.writeString(path, content.replace(from, to), StandardCharsets.UTF_8);
	}

	private static List<String> names(Actor actor) {
		List<String> names = new ArrayList<>();
		names.add(actor.name());
		names.addAll(actor.aliases());
		names.addAll(actor.exactAliases());
		return names;
	}

	private static boolean namesAny(String quote, Set<String> names) {
		String folded = " " + FoldedText.of(quote).folded() + " ";
		return names.stream().anyMatch((name) -> folded.contains(" " + FoldedText.pattern(name) + " "));
	}

	private static Set<String> words(String text) {
		return List.of(FoldedText.of(text).folded().split(" "))
			.stream()
			.filter((word) -> word.length() >= 4)
			.collect(Collectors.toSet());
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
