package org.diplograph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.seed.SeedEntries.ActorEntry;
import org.diplograph.seed.SeedEntries.RoleEntry;

import static org.assertj.core.api.Assertions.assertThat;

class ActorBuilderTests {

	private final Problems problems = new Problems();

	@Test
	void personGetsNameKeysCountryAndRoles() {
		Map<String, Actor> actors = ActorBuilder.build(List.of(country("country-tr", "Türkiye", "TR"),
				new ActorEntry("ssb", "ORGANIZATION", "Defence Industries Secretariat", null, "country-tr",
						List.of("SSB"), List.of(), null, null),
				new ActorEntry("haluk-gorgun", "PERSON", "Haluk Görgün", null, "country-tr", List.of("Gorgun"),
						List.of("Görgün Bey"),
						List.of(new RoleEntry("President of Defence Industries", "ssb", "2023-06", null)),
						"heads the secretariat")),
				this.problems);
		assertThat(this.problems.all()).isEmpty();
		assertThat(actors).containsOnlyKeys("country-tr", "ssb", "haluk-gorgun");
		Actor gorgun = actors.get("haluk-gorgun");
		assertThat(gorgun.id()).isEqualTo("actor:haluk-gorgun");
		assertThat(gorgun.kind()).isEqualTo(ActorKind.PERSON);
		assertThat(gorgun.countryId()).isEqualTo("actor:country-tr");
		assertThat(gorgun.nameKeys()).containsExactly("halukgorgun", "gorgun", "gorgunbey");
		assertThat(gorgun.searchText()).isEqualTo("|halukgorgun|gorgun|gorgunbey|");
		assertThat(gorgun.sortKey()).isEqualTo("halukgorgun");
		assertThat(gorgun.roles()).singleElement().satisfies((role) -> {
			assertThat(role.organizationId()).isEqualTo("actor:ssb");
			assertThat(role.since().iso()).isEqualTo("2023-06");
			assertThat(role.until()).isNull();
		});
		assertThat(gorgun.articleIds()).isEmpty();
		assertThat(gorgun.visitRefs()).isEmpty();
	}

	@Test
	void badAndRepeatedIdsAreNamedAndTheRepeatIsLeftOut() {
		Map<String, Actor> actors = ActorBuilder.build(List.of(country("country-tr", "Türkiye", "TR"),
				country("country-tr", "Turkey", "TR"), country("Country_PK", "Pakistan", "PK")), this.problems);
		assertThat(actors).containsOnlyKeys("country-tr");
		assertThat(actors.get("country-tr").name()).isEqualTo("Türkiye");
		assertThat(this.problems.all()).containsExactly("actors.yaml, entry country-tr: the id is used twice",
				"actors.yaml, entry Country_PK: id must be a lower-case slug such as haluk-gorgun");
	}

	@Test
	void onlyCountriesHaveCodesAndEveryCountryHasOne() {
		ActorBuilder.build(List.of(country("country-xx", "Nowhere", "xxx"),
				new ActorEntry("otokar", "ORGANIZATION", "Otokar", "TR", "country-zz", null, null, null, null),
				new ActorEntry("someone", "HUMAN", " ", null, null, null, null,
						List.of(new RoleEntry(null, null, "2025-02-30", null)), null)),
				this.problems);
		assertThat(this.problems.all()).containsExactly(
				"actors.yaml, entry country-xx: a country needs its ISO 3166-1 alpha-2 code",
				"actors.yaml, entry otokar: only countries have a code",
				"actors.yaml, entry otokar: country names country-zz, which is not in actors.yaml",
				"actors.yaml, entry someone: kind is HUMAN; expected one of [PERSON, ORGANIZATION, COUNTRY]",
				"actors.yaml, entry someone: name is missing", "actors.yaml, entry someone: a role has no title",
				"actors.yaml, entry someone: role since '2025-02-30' is not a day of the calendar (2025-02 has 28 days).");
	}

	static ActorEntry country(String slug, String name, String code) {
		return new ActorEntry(slug, "COUNTRY", name, code, null, null, null, null, null);
	}

}
