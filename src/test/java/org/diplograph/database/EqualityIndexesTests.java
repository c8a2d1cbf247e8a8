package org.diplograph.database;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The positions an equality index gives a filter, kept as documents come and go. */
class EqualityIndexesTests {

	private final EqualityIndexes indexes = new EqualityIndexes();

	EqualityIndexesTests() {
		this.indexes.declare("actorIds");
		this.indexes.declare("kind");
		this.indexes.index(new Document("actorIds", List.of("actor:ana", "actor:bo")).append("kind", "VISIT"), 1, true);
		this.indexes.index(new Document("actorIds", List.of("actor:bo")).append("kind", "VISIT"), 2, true);
		this.indexes.index(new Document("actorIds", "actor:cy").append("kind", "DEAL"), 3, true);
	}

	@Test
	void anEqualityOnAnArrayFieldMatchesEachElement() {
		assertThat(this.indexes.candidates(new Document("actorIds", "actor:bo"))).containsExactlyInAnyOrder(1, 2);
		assertThat(this.indexes.candidates(new Document("actorIds", new Document("$eq", "actor:cy"))))
			.containsExactly(3);
		assertThat(this.indexes
			.candidates(new Document("actorIds", new Document("$in", List.of("actor:ana", "actor:cy")))))
			.containsExactlyInAnyOrder(1, 3);
	}

	@Test
	void theNarrowestConditionWinsAndOthersAreLeftToTheFilter() {
		Document both = new Document("kind", "VISIT").append("$and",
				List.of(new Document("actorIds", "actor:ana"), new Document("unindexed", "x")));
		assertThat(this.indexes.candidates(both)).containsExactly(1);
		assertThat(this.indexes.candidates(new Document("unindexed", "x"))).isNull();
		assertThat(this.indexes.candidates(new Document("kind", new Document("$ne", "DEAL")))).isNull();
	}

	@Test
	void aRemovedDocumentIsNoLongerACandidate() {
		this.indexes.index(new Document("actorIds", List.of("actor:ana", "actor:bo")).append("kind", "VISIT"), 1,
				false);
		assertThat(this.indexes.candidates(new Document("actorIds", "actor:ana"))).isEmpty();
		assertThat(this.indexes.candidates(new Document("actorIds", "actor:bo"))).containsExactly(2);
	}

}
