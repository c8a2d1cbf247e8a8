package org.diplograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.diplograph.change.ChangeWrites;
import org.diplograph.change.TestChangeWrites;
import org.diplograph.common.DatePrecision;
import org.diplograph.common.KnowledgeChangedEvent;
import org.diplograph.database.InMemoryMongo;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SeedLoaderTests {

	private static final List<String> COLLECTIONS = List.of("articles", "actors", "visits", "deals");

	@RegisterExtension
	final InMemoryMongo mongo = new InMemoryMongo();

	private final List<Object> events = new ArrayList<>();

	@Test
	void firstLoadWritesTheWholeSeed() {
		assertThat(loader(KnowledgeBuilderTests.SEED_DIR).load(false)).isTrue();
		assertThat(counts()).containsExactly(Map.entry("articles", 5L),
				Map.entry("actors", (long) KnowledgeBuilderTests.actorEntriesInSeed()), Map.entry("visits", 20L),
				Map.entry("deals", 20L));
		assertThat(this.events).singleElement()
			.isEqualTo(new KnowledgeChangedEvent(seedState().getString("contentHash")));
	}

	@Test
	void loadedDocumentsReadBackAsEntities() {
		loader(KnowledgeBuilderTests.SEED_DIR).load(false);
		Visit visit = this.mongo.template().findById("visit:2025-08-faizur-rahman-rawalpindi", Visit.class);
		assertThat(visit.visitorIds()).containsExactly("actor:faizur-rahman");
		assertThat(visit.metWithIds()).containsExactly("actor:sahir-shamshad-mirza");
		assertThat(visit.place()).isEqualTo("Rawalpindi");
		assertThat(visit.date().iso()).isEqualTo("2025-08-22");
		assertThat(visit.date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(visit.sources()).hasSize(3);
		Actor gorgun = this.mongo.template().findById("actor:haluk-gorgun", Actor.class);
		assertThat(gorgun.name()).isEqualTo("Haluk Görgün");
		assertThat(gorgun.aliases()).contains("Gorgun", "Gungor");
		Article article = this.mongo.template().findById("article:004_0175bc3a33f42058", Article.class);
		assertThat(article.author()).isEqualTo("Samyar Rostami");
		assertThat(article.body()).startsWith("In 1974,");
		DefenceDeal deal = this.mongo.template().findById("deal:boran-howitzers", DefenceDeal.class);
		assertThat(deal.items()).singleElement().satisfies((item) -> assertThat(item.quantity()).isEqualTo(18));
	}

	@Test
	void secondLoadOfTheSameSeedWritesNothing() {
		SeedLoader loader = loader(KnowledgeBuilderTests.SEED_DIR);
		assertThat(loader.load(false)).isTrue();
		Map<String, List<Document>> first = snapshot();
		Document state = seedState();
		assertThat(loader.load(false)).isFalse();
		assertThat(snapshot()).isEqualTo(first);
		assertThat(seedState()).isEqualTo(state);
		assertThat(this.events).hasSize(1);
	}

	@Test
	void forcedReloadOfTheSameSeedChangesNothing() {
		SeedLoader loader = loader(KnowledgeBuilderTests.SEED_DIR);
		loader.load(false);
		Map<String, List<Document>> first = snapshot();
		assertThat(loader.load(true)).isTrue();
		assertThat(this.events).hasSize(1);
		assertThat(this.mongo.template().getCollection("changes").countDocuments()).isZero();
		Map<String, List<Document>> second = snapshot();
		assertThat(ids(second)).isEqualTo(ids(first));
		assertThat(second).isEqualTo(first);
		assertThat(counts().get("visits")).isEqualTo(20L);
	}

	@Test
	void brokenSeedLeavesTheLoadedDataInPlace(@TempDir Path dir) throws IOException {
		loader(KnowledgeBuilderTests.SEED_DIR).load(false);
		Map<String, List<Document>> loaded = snapshot();
		Document state = seedState();
		KnowledgeBuilderTests.copySeed(dir);
		KnowledgeBuilderTests.breakEntry(dir, "visits.yaml", "2025-07-haluk-gorgun-dhaka", "visitors: [haluk-gorgun]",
				"visitors: [nobody-at-all]");
		removeEntry(dir, "deals.yaml", "turkish-hardware-since-2018");
		SeedLoader broken = loader(dir.toString());
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> broken.load(false))
			.withMessageContaining("visits.yaml, entry 2025-07-haluk-gorgun-dhaka: visitors names nobody-at-all");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> broken.load(true))
			.withMessageContaining("visits.yaml, entry 2025-07-haluk-gorgun-dhaka");
		assertThat(counts()).containsExactly(Map.entry("articles", 5L),
				Map.entry("actors", (long) KnowledgeBuilderTests.actorEntriesInSeed()), Map.entry("visits", 20L),
				Map.entry("deals", 20L));
		assertThat(snapshot()).isEqualTo(loaded);
		assertThat(seedState()).isEqualTo(state);
		// only the first, successful load told the application the knowledge changed
		assertThat(this.events).hasSize(1);
	}

	@Test
	void malformedSeedLeavesTheLoadedDataInPlace(@TempDir Path dir) throws IOException {
		loader(KnowledgeBuilderTests.SEED_DIR).load(false);
		Map<String, List<Document>> loaded = snapshot();
		KnowledgeBuilderTests.copySeed(dir);
		Files.writeString(dir.resolve("actors.yaml"), "- {id: [\n");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> loader(dir.toString()).load(true))
			.withMessageContaining("actors.yaml is malformed");
		assertThat(snapshot()).isEqualTo(loaded);
	}

	@Test
	void changedSeedIsReloadedAndEntriesItNoLongerHasAreRemoved(@TempDir Path dir) throws IOException {
		loader(KnowledgeBuilderTests.SEED_DIR).load(false);
		KnowledgeBuilderTests.copySeed(dir);
		KnowledgeBuilderTests.breakEntry(dir, "visits.yaml", "2025-isi-dhaka", "place: Dhaka", "place: Old Dhaka");
		removeEntry(dir, "deals.yaml", "diplomatic-visa-exemption");
		assertThat(loader(dir.toString()).load(false)).isTrue();
		assertThat(this.mongo.template().findById("visit:2025-isi-dhaka", Visit.class).place()).isEqualTo("Old Dhaka");
		assertThat(this.mongo.template().findById("deal:diplomatic-visa-exemption", DefenceDeal.class)).isNull();
		assertThat(counts()).containsEntry("deals", 19L).containsEntry("visits", 20L);
		// the articles no longer list the removed deal
		Article article = this.mongo.template().findById("article:004_0175bc3a33f42058", Article.class);
		assertThat(article.dealIds()).doesNotContain("deal:diplomatic-visa-exemption").isNotEmpty();
		assertThat(loader(dir.toString()).load(false)).isFalse();
		// each recorded as a change by the seed, the visit's at its second revision
		assertThat(this.mongo.template().getCollection("changes").find().into(new ArrayList<>()))
			.extracting((change) -> change.getString("by") + " " + change.getString("action") + " "
					+ change.getString("subjectId") + " " + change.get("revision") + " " + change.get("fields"))
			.containsExactly("seed UPDATE visit:2025-isi-dhaka 2 [place]",
					"seed DELETE deal:diplomatic-visa-exemption null []");
	}

	@Test
	void startupLoadIsSkippedWhenDisabled() {
		new SeedLoader(this.mongo.template(),
				new SeedProperties(KnowledgeBuilderTests.SOURCE_DIR, KnowledgeBuilderTests.SEED_DIR, false, false),
				this.events::add, changes())
			.afterPropertiesSet();
		assertThat(counts().values()).containsOnly(0L);
		assertThat(this.events).isEmpty();
	}

	@Test
	void startupLoadOfABrokenSeedDoesNotStopTheApplication(@TempDir Path dir) {
		SeedLoader loader = new SeedLoader(this.mongo.template(),
				new SeedProperties(dir.resolve("missing").toString(), KnowledgeBuilderTests.SEED_DIR, false, true),
				this.events::add, changes());
		assertThatNoException().isThrownBy(loader::afterPropertiesSet);
		assertThat(counts().values()).containsOnly(0L);
	}

	@Test
	void startupLoadWritesTheSeed() {
		new SeedLoader(this.mongo.template(),
				new SeedProperties(KnowledgeBuilderTests.SOURCE_DIR, KnowledgeBuilderTests.SEED_DIR, false, null),
				this.events::add, changes())
			.afterPropertiesSet();
		assertThat(counts()).containsEntry("visits", 20L).containsEntry("deals", 20L);
	}

	private SeedLoader loader(String seedDir) {
		return new SeedLoader(this.mongo.template(),
				new SeedProperties(KnowledgeBuilderTests.SOURCE_DIR, seedDir, false, true), this.events::add,
				changes());
	}

	private ChangeWrites changes() {
		return TestChangeWrites.on(this.mongo, this.events::add);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String collection : COLLECTIONS) {
			counts.put(collection, this.mongo.template().getCollection(collection).countDocuments());
		}
		return counts;
	}

	private Map<String, List<Document>> snapshot() {
		Map<String, List<Document>> snapshot = new LinkedHashMap<>();
		for (String collection : COLLECTIONS) {
			snapshot.put(collection,
					this.mongo.template()
						.getCollection(collection)
						.find()
						.sort(Sorts.ascending("_id"))
						.into(new ArrayList<>()));
		}
		return snapshot;
	}

	private static Map<String, List<Object>> ids(Map<String, List<Document>> snapshot) {
		Map<String, List<Object>> ids = new LinkedHashMap<>();
		snapshot.forEach((collection, documents) -> ids.put(collection,
				documents.stream().map((document) -> document.get("_id")).toList()));
		return ids;
	}

	private Document seedState() {
		return this.mongo.template()
			.getCollection(SeedLoader.STATE_COLLECTION)
			.find(new Document("_id", "seed"))
			.first();
	}

	/** Removes the entry {@code - id: <entryId>} of a seed file, up to the next entry. */
	private static void removeEntry(Path dir, String file, String entryId) throws IOException {
		Path path = dir.resolve(file);
		String content = Files.readString(path, StandardCharsets.UTF_8);
		int start = content.indexOf("- id: " + entryId + "\n");
		assertThat(start).as("entry %s in %s", entryId, file).isNotNegative();
		int end = content.indexOf("\n- ", start + 1);
		String rest = (end < 0) ? "" : content.substring(end + 1);
		Files.writeString(path, content.substring(0, start) + rest, StandardCharsets.UTF_8);
	}

}
