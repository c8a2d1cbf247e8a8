package org.diplograph.common;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTests {

	@Test
	void conditionsWithoutAValueAreLeftOut() {
		assertThat(new Conditions().is("kind", null)
			.containsAll("actorIds", List.of())
			.containsAll("partyIds", null)
			.containsText("searchText", null)
			.overlaps("date", null, null)
			.list()).isEmpty();
		assertThat(Conditions.query(List.of()).getQueryObject()).isEmpty();
	}

	@Test
	void eachGivenValueIsOneCondition() {
		List<Criteria> criteria = new Conditions().is("kind", "PERSON")
			.containsAll("actorIds", List.of("actor:a", "actor:b"))
			.list();
		assertThat(criteria).extracting(Criteria::getCriteriaObject)
			.containsExactly(new Document("kind", "PERSON"),
					new Document("actorIds", new Document("$all", List.of("actor:a", "actor:b"))));
		assertThat(Conditions.query(criteria).getQueryObject().toJson()).contains("$and");
	}

	@Test
	void textIsMatchedLiterallyNeverAsAPattern() {
		Criteria criteria = new Conditions().containsText("searchText", "a.b*(c").list().get(0);
		assertThat(criteria.getCriteriaObject().get("searchText").toString()).isEqualTo("\\Qa.b*(c\\E");
	}

	@Test
	void aDateRangeMatchesEveryPeriodThatOverlapsIt() {
		List<Criteria> criteria = new Conditions().overlaps("date", FuzzyDate.parse("2025-07"), FuzzyDate.parse("2025"))
			.list();
		assertThat(criteria).extracting(Criteria::getCriteriaObject)
			.containsExactly(new Document("date.end", new Document("$gte", "2025-07-01")),
					new Document("date.start", new Document("$lte", "2025-12-31")));
		assertThat(new Conditions().overlaps("publishedOn", null, FuzzyDate.parse("2024-02")).list())
			.extracting(Criteria::getCriteriaObject)
			.containsExactly(new Document("publishedOn.start", new Document("$lte", "2024-02-29")));
	}

}
