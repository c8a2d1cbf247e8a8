package org.diplograph.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.diplograph.Fixtures;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Who heads an organisation at an article's date, from the roles the persons hold. */
class RoleHoldersTests {

	private static final Actor NORLAND = Fixtures.actor("country-nl", "Norland", ActorKind.COUNTRY).code("NL").build();

	private static final Actor ARMY = Fixtures.actor("norland-army", "Norland Army", ActorKind.ORGANIZATION)
		.country(NORLAND)
		.build();

	private static final List<String> THE_ARMY = List.of(ARMY.id());

	private final RoleHolders holders = new RoleHolders(List.of(NORLAND, ARMY,
			person("ana", "Chief of Army Staff", "2020", "2023"), person("bo", "Chief of Army Staff", "2024", null),
			person("cy", "Chief of General Staff", "2018", null), person("di", "Commander", null, null)));

	@Test
	void aDatedHeadCountsWhenTheRoleCoversTheDate() {
		assertThat(this.holders.holder(THE_ARMY, null, Set.of(), FuzzyDate.parse("2021"))).isEqualTo("actor:ana");
		assertThat(this.holders.holder(THE_ARMY, null, Set.of(), FuzzyDate.parse("2025-03"))).isEqualTo("actor:bo");
		assertThat(this.holders.holder(THE_ARMY, null, Set.of(), FuzzyDate.parse("2019"))).isNull();
	}

	@Test
	void anUndatedHeadCountsOnlyWhenTheArticleNamesHimAndOnlyWhenAlone() {
		assertThat(this.holders.holder(THE_ARMY, null, Set.of("actor:di"), FuzzyDate.parse("2019")))
			.isEqualTo("actor:di");
		assertThat(this.holders.holder(THE_ARMY, null, Set.of("actor:di"), FuzzyDate.parse("2021"))).isNull();
	}

	@Test
	void aTitleOfSomethingElseHeadsNothing() {
		assertThat(this.holders.holder(THE_ARMY, null, Set.of("actor:cy"), FuzzyDate.parse("2019"))).isNull();
	}

	@Test
	void aServiceAloneResolvesOnlyToAPersonTheArticleNames() {
		assertThat(this.holders.holder(null, "army", Set.of("actor:bo"), FuzzyDate.parse("2025")))
			.isEqualTo("actor:bo");
		assertThat(this.holders.holder(null, "army", Set.of(), FuzzyDate.parse("2025"))).isNull();
		assertThat(this.holders.organizations(NORLAND.id(), "army")).containsExactly(ARMY.id());
		assertThat(this.holders.organizations(NORLAND.id(), "navy")).isEmpty();
		assertThat(this.holders.kind(ARMY.id())).isEqualTo(ActorKind.ORGANIZATION);
		assertThat(this.holders.kind("actor:nobody")).isNull();
	}

	private static Actor person(String slug, String title, String since, String until) {
		return Fixtures.actor(slug, slug, ActorKind.PERSON).role(title, ARMY, since, until).build();
	}

}
