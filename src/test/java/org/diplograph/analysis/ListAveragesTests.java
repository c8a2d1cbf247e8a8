package org.diplograph.analysis;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The averages the cost model reads, measured on a handful of documents. */
class ListAveragesTests {

	@Test
	void averagesEachListRoundedUpAndByKindOfActor() {
		ListAverages averages = new ListAverages();
		averages.add("actors", new Document("_id", "actor:ana").append("kind", "PERSON")
			.append("aliases", List.of("Ana B.", "A. Berg")));
		averages.add("actors",
				new Document("_id", "actor:norland").append("kind", "COUNTRY").append("aliases", List.of()));
		averages
			.add("articles", new Document("_id", "article:1").append("actorIds", List.of("actor:ana", "actor:norland"))
				.append("mentions",
						List.of(new Document("offsets", List.of(1, 20, 300)), new Document("offsets", List.of(42)))));
		averages.add("visits", new Document("_id", "visit:1").append("visitorIds", List.of("actor:ana"))
			.append("date", new Document("start", "2025-01-03")));
		averages.add("visits",
				new Document("_id", "visit:2").append("visitorIds", List.of("actor:ana", "actor:norland"))
					.append("date", new Document("start", "2025-02-10")));

		Map<String, Long> measured = averages.averages();

		assertThat(measured).containsEntry("Actor.aliases", 1L)
			.containsEntry("Actor.aliases#PERSON", 2L)
			.containsEntry("Actor.aliases#COUNTRY", 0L)
			.containsEntry("Mention.offsets", 2L)
			.containsEntry("Article.actors", 2L)
			.containsEntry("Article.actors#PERSON", 1L)
			.containsEntry("Visit.visitors", 2L)
			.containsEntry("Query.timeline", 2L)
			.containsEntry("TimeBucket.visits", 1L)
			.containsEntry("TimeBucket.deals", 0L);
		assertThat(averages.documents()).isEqualTo(5);
	}

	@Test
	void readsOnlyTheListsOfTheCollectionWithItsDateAndKind() {
		assertThat(ListAverages.fieldsOf("visits")).containsExactlyInAnyOrder("visitorIds", "metWithIds", "sources",
				"date", "kind");
	}

	@Test
	void anEmptyKnowledgeBaseHasOneTimelineBucket() {
		assertThat(new ListAverages().averages()).containsEntry("Query.timeline", 1L)
			.containsEntry("Relationship.visits", 1L);
		assertThat(ListAverages.average(7, 2)).isEqualTo(4);
	}

}
