package org.diplograph.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.Fixtures;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MentionFinderTests {

	private static final Actor BANGLADESH = actor("country-bd", ActorKind.COUNTRY, "Bangladesh",
			List.of("People's Republic of Bangladesh"), List.of());

	private static final Actor BANGLADESH_ARMY = Fixtures
		.actor("bangladesh-army", "Bangladesh Army", ActorKind.ORGANIZATION)
		.country(BANGLADESH)
		.aliases("Bangladeshi army")
		.build();

	private static final Actor GORGUN = actor("haluk-gorgun", ActorKind.PERSON, "Haluk Görgün",
			List.of("Haluk Gorgun", "Görgün", "Gorgun"), List.of());

	private static final Actor TAXILA = actor("heavy-industries-taxila", ActorKind.ORGANIZATION,
			"Heavy Industries Taxila", List.of("HIT"), List.of());

	private static final Actor SECRETARIAT = actor("defence-industries-secretariat", ActorKind.ORGANIZATION,
			"Defence Industries Secretariat", List.of("SSB"), List.of("Defence Industries"));

	private static final Actor TOUHID = actor("touhid-hossain", ActorKind.PERSON, "Touhid Hossain",
			List.of("Md Touhid Hossain", "Hossain"), List.of());

	private static final Actor KHALID = actor("khalid-hossain", ActorKind.PERSON, "Khalid Hossain", List.of("Hossain"),
			List.of());

	private static final Actor ZAMAN = actor("waker-uz-zaman", ActorKind.PERSON, "Waker-uz-Zaman", List.of("Zaman"),
			List.of());

	private static final Actor TURKIYE = actor("country-tr", ActorKind.COUNTRY, "Türkiye", List.of("Turkey"),
			List.of());

	private static final Actor PAKISTAN = actor("country-pk", ActorKind.COUNTRY, "Pakistan", List.of(), List.of());

	private static final Actor BANGLADESH_NAVY = Fixtures
		.actor("bangladesh-navy", "Bangladesh Navy", ActorKind.ORGANIZATION)
		.country(BANGLADESH)
		.build();

	private static final Actor PAKISTAN_ARMY = Fixtures.actor("pakistan-army", "Pakistan Army", ActorKind.ORGANIZATION)
		.country(PAKISTAN)
		.build();

	private static final Actor ORDNANCE = actor("bangladesh-ordnance-factories", ActorKind.ORGANIZATION,
			"Bangladesh Ordnance Factories", List.of("Bangladesh Ordnance Factory", "BOF"), List.of());

	private static final Actor MKE = actor("mke", ActorKind.ORGANIZATION, "Makina ve Kimya Endüstrisi", List.of("MKE"),
			List.of());

	private static final Actor BAYKAR = actor("baykar", ActorKind.ORGANIZATION, "Baykar", List.of(), List.of());

	/** Heads the Bangladesh Army from June 2024, with no end known. */
	private static final Actor ARMY_CHIEF = Fixtures.actor("army-chief", "Anwar Kabir", ActorKind.PERSON)
		.country(BANGLADESH)
		.aliases("General Anwar Kabir", "Kabir")
		.role("Chief of Army Staff", BANGLADESH_ARMY, "2024-06", null)
		.role("Chief of General Staff", BANGLADESH_ARMY, "2021", "2024-05")
		.build();

	/** Headed the Bangladesh Army until May 2024. */
	private static final Actor FORMER_ARMY_CHIEF = Fixtures.actor("former-army-chief", "Rafiq Sultan", ActorKind.PERSON)
		.country(BANGLADESH)
		.aliases("Sultan")
		.role("Chief of Army Staff", BANGLADESH_ARMY, "2021-06", "2024-05")
		.build();

	/** Heads the navy; the seed knows no dates for the role. */
	private static final Actor NAVY_CHIEF = Fixtures.actor("navy-chief", "Selim Haque", ActorKind.PERSON)
		.country(BANGLADESH)
		.aliases("Admiral Selim Haque", "Haque")
		.role("Chief of Naval Staff", BANGLADESH_NAVY, null, null)
		.build();

	/** Heads Pakistan's army over the same years. */
	private static final Actor PAKISTAN_ARMY_CHIEF = Fixtures
		.actor("pakistan-army-chief", "Tariq Aslam", ActorKind.PERSON)
		.country(PAKISTAN)
		.role("Chief of Army Staff", PAKISTAN_ARMY, "2022-11", null)
		.build();

	private static final Actor GORGUN_HEADING = Fixtures.actor("haluk-gorgun", "Haluk Görgün", ActorKind.PERSON)
		.country(TURKIYE)
		.aliases("Gorgun")
		.role("President of Defence Industries", SECRETARIAT, null, null)
		.build();

	private final MentionFinder finder = new MentionFinder(
			List.of(BANGLADESH, BANGLADESH_ARMY, GORGUN, TAXILA, SECRETARIAT, TOUHID, KHALID, ZAMAN));

	private final MentionFinder roles = new MentionFinder(List.of(BANGLADESH, TURKIYE, PAKISTAN, BANGLADESH_ARMY,
			BANGLADESH_NAVY, PAKISTAN_ARMY, SECRETARIAT, ORDNANCE, MKE, BAYKAR, ARMY_CHIEF, FORMER_ARMY_CHIEF,
			NAVY_CHIEF, PAKISTAN_ARMY_CHIEF, GORGUN_HEADING));

	private static final FuzzyDate MARCH_2025 = FuzzyDate.parse("2025-03");

	// Role mentions

	@Test
	void countryArmyChiefNamesWhoeverHeldTheRoleAtTheArticlesDate() {
		String text = "The Bangladesh Army Chief flew to Ankara. Later, Bangladesh's army chief met the press.";
		List<Mention> mentions = this.roles.mentions(text, MARCH_2025);
		assertThat(mention(mentions, ARMY_CHIEF)).isEqualTo(
				new Mention(ARMY_CHIEF.id(), 2, List.of(text.indexOf("Bangladesh Army"), text.indexOf("Bangladesh's")),
						List.of(text.indexOf("Bangladesh Army"), text.indexOf("Bangladesh's"))));
		// the army and the country stay named where the phrase names them
		assertThat(mention(mentions, BANGLADESH_ARMY).offsets()).containsExactly(text.indexOf("Bangladesh Army"));
		assertThat(mention(mentions, BANGLADESH).offsets()).containsExactly(text.indexOf("Bangladesh's"));
		// in an article of 2023 the same words name his predecessor
		assertThat(mention(this.roles.mentions(text, FuzzyDate.parse("2023")), FORMER_ARMY_CHIEF).roleOffsets())
			.hasSize(2);
	}

	@Test
	void roleOfAnotherTitleAtTheSameOrganisationIsNoHead() {
		// his earlier Chief of General Staff post is a chief's title but not the army's
		// head
		String text = "In 2022 the Bangladesh Army Chief spoke.";
		assertThat(this.roles.mentions(text, FuzzyDate.parse("2022-03"))).extracting(Mention::actorId)
			.containsExactly(BANGLADESH_ARMY.id(), FORMER_ARMY_CHIEF.id());
	}

	@Test
	void roleSpanningTheArticlesPeriodOnlyInPartIsNoMention() {
		// 2024 saw both chiefs: the phrase could be either
		String text = "The Bangladesh Army Chief spoke.";
		assertThat(this.roles.mentions(text, FuzzyDate.parse("2024"))).extracting(Mention::actorId)
			.containsExactly(BANGLADESH_ARMY.id());
		// an article without a date says nothing about who held a dated role
		assertThat(this.roles.mentions(text)).extracting(Mention::actorId).containsExactly(BANGLADESH_ARMY.id());
	}

	@Test
	void bareRoleNamesOnlyAPersonTheArticleNames() {
		String named = "General Anwar Kabir received the guests. Trade came up when they sat down with the army chief.";
		assertThat(mention(this.roles.mentions(named, MARCH_2025), ARMY_CHIEF).roleOffsets())
			.containsExactly(named.indexOf("the army chief"));
		// nobody named: "the army chief" could be any country's, so it names no one
		String unnamed = "The guests met the army chief in the capital.";
		assertThat(this.roles.mentions(unnamed, MARCH_2025)).isEmpty();
	}

	@Test
	void roleIsNeverResolvedAcrossCountries() {
		// the text names only Pakistan's chief: Bangladesh's army chief is not him
		String text = "Pakistan's army chief Tariq Aslam hosted Bangladesh's army chief.";
		List<Mention> mentions = this.roles.mentions(text, MARCH_2025);
		assertThat(mention(mentions, PAKISTAN_ARMY_CHIEF).roleOffsets()).isEmpty();
		assertThat(mention(mentions, ARMY_CHIEF).roleOffsets()).containsExactly(text.indexOf("Bangladesh's"));
	}

	@Test
	void undatedRoleCountsOnlyForAPersonTheArticleNames() {
		String named = "Admiral Selim Haque hosted the visitors. The naval head showed them the fleet.";
		assertThat(mention(this.roles.mentions(named, MARCH_2025), NAVY_CHIEF)).isEqualTo(new Mention(NAVY_CHIEF.id(),
				2, List.of(0, named.indexOf("The naval head")), List.of(named.indexOf("The naval head"))));
		// the role has no dates and he is not named: the phrase names no one
		String unnamed = "The Bangladesh Navy chief showed them the fleet.";
		assertThat(this.roles.mentions(unnamed, MARCH_2025)).extracting(Mention::actorId)
			.containsExactly(BANGLADESH_NAVY.id());
	}

	@Test
	void headOfANamedOrganisationIsARoleMention() {
		String text = "Yesterday the head of Türkiye's Defence Industries Secretariat flew east. Haluk Görgün landed.";
		assertThat(mention(this.roles.mentions(text, MARCH_2025), GORGUN_HEADING).roleOffsets())
			.containsExactly(text.indexOf("the head"));
	}

	@Test
	void roleBesideTheNameIsATitleNotASecondMention() {
		String text = "Bangladesh Army Chief General Anwar Kabir arrived, and the talks with Anwar Kabir, "
				+ "Bangladesh's army chief, went well.";
		Mention chief = mention(this.roles.mentions(text, MARCH_2025), ARMY_CHIEF);
		assertThat(chief.count()).isEqualTo(2);
		assertThat(chief.roleOffsets()).isEmpty();
	}

	// Names with their abbreviation in brackets

	@Test
	void nameAndItsAbbreviationInBracketsAreOneMention() {
		String text = "The Bangladesh Ordnance Factory (BOF) grew; BOF then hired. MKE (Makina ve Kimya Endüstrisi) sold.";
		List<Mention> mentions = this.roles.mentions(text);
		assertThat(mention(mentions, ORDNANCE).offsets()).containsExactly(text.indexOf("Bangladesh Ordnance"),
				text.indexOf("BOF then"));
		assertThat(mention(mentions, MKE).offsets()).containsExactly(text.indexOf("MKE"));
	}

	@Test
	void bracketOfAnotherActorIsAMentionOfItsOwn() {
		String text = "The Bangladesh Army (MKE) is a made-up pairing.";
		assertThat(this.roles.mentions(text)).extracting(Mention::actorId)
			.containsExactly(BANGLADESH_ARMY.id(), MKE.id());
	}

	// Products

	@Test
	void productNamedAfterItsMakerIsNoMentionOfTheMaker() {
		String text = "Dhaka bought Bayraktar TB2 drones. Later Baykar sent engineers.";
		assertThat(this.roles.mentions(text)).singleElement()
			.isEqualTo(new Mention(BAYKAR.id(), 1, List.of(text.indexOf("Baykar sent")), List.of()));
	}

	private static Mention mention(List<Mention> mentions, Actor actor) {
		return mentions.stream()
			.filter((mention) -> mention.actorId().equals(actor.id()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mention of " + actor.id() + " in " + mentions));
	}

	@Test
	void longestMatchWins() {
		String text = "The Bangladesh Army marched. Bangladesh watched.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(BANGLADESH_ARMY.id(), List.of(text.indexOf("Bangladesh Army"))),
				entry(BANGLADESH.id(), List.of(text.indexOf("Bangladesh watched"))));
	}

	@Test
	void longerAliasWinsOverAShorterName() {
		String text = "The People's Republic of Bangladesh sent the Bangladeshi army.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(BANGLADESH.id(), List.of(text.indexOf("People's"))),
				entry(BANGLADESH_ARMY.id(), List.of(text.indexOf("Bangladeshi army"))));
	}

	@Test
	void matchingIgnoresCaseAndAccents() {
		String text = "HALUK GORGUN arrived; later görgün and Görgün left, and so did haluk görgün.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(GORGUN.id(),
				List.of(0, text.indexOf("görgün and"), text.indexOf("Görgün left"), text.indexOf("haluk görgün"))));
	}

	@Test
	void matchingIgnoresPunctuationAndHyphens() {
		String text = "Gen. Waker-Uz-Zaman met General Waker uz Zaman’s staff; Zaman spoke.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(ZAMAN.id(),
				List.of(text.indexOf("Waker-Uz"), text.indexOf("Waker uz"), text.indexOf("Zaman spoke"))));
	}

	@Test
	void namesMatchOnlyWholeWords() {
		Map<String, List<Integer>> found = startsByActor("Gorgunova and Bangladeshis and Zamanistan.");
		assertThat(found).isEmpty();
	}

	@Test
	void acronymAliasMatchesOnlyInCapitals() {
		String text = "HIT upgrades tanks. A hit song played. Hit records fell. At HIT, work went on.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(TAXILA.id(), List.of(0, text.indexOf("HIT, work"))));
	}

	@Test
	void fullNameOfAnActorWithAnAcronymMatchesInAnyCase() {
		String text = "heavy industries taxila and the SSB.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(TAXILA.id(), List.of(0)),
				entry(SECRETARIAT.id(), List.of(text.indexOf("SSB"))));
	}

	@Test
	void exactAliasMatchesOnlyInItsExactCase() {
		String text = "Defence Industries said so; the defence industries of both countries grew.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(SECRETARIAT.id(), List.of(0)));
	}

	@Test
	void sharedShortFormGoesToTheActorNamedInFull() {
		String text = "Touhid Hossain flew in. Later, Hossain said the talks went well.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(TOUHID.id(), List.of(0, text.indexOf("Hossain said"))));
	}

	@Test
	void sharedShortFormNamedBeforeTheFullNameStillResolves() {
		String text = "Hossain spoke first. Khalid Hossain is the adviser.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(KHALID.id(), List.of(0, text.indexOf("Khalid"))));
	}

	@Test
	void sharedShortFormGoesToNoneWhenBothAreNamedInFull() {
		String text = "Touhid Hossain met Khalid Hossain. Hossain said little.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(TOUHID.id(), List.of(0)),
				entry(KHALID.id(), List.of(text.indexOf("Khalid"))));
	}

	@Test
	void sharedShortFormGoesToNoneWhenNeitherIsNamedInFull() {
		assertThat(startsByActor("Hossain said little. Hossain left.")).isEmpty();
	}

	@Test
	void offsetsAreStartOffsetsInTheOriginalText() {
		// folding changes lengths: leading punctuation is dropped, ß becomes ss
		String text = "— « Straße » … Görgün, then “Bangladesh”.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found).containsOnly(entry(GORGUN.id(), List.of(text.indexOf("Görgün"))),
				entry(BANGLADESH.id(), List.of(text.indexOf("Bangladesh"))));
		assertThat(text.substring(found.get(GORGUN.id()).get(0))).startsWith("Görgün");
	}

	@Test
	void actorsAreInOrderOfFirstMentionAndOffsetsAscending() {
		String text = "Zaman met Gorgun. Gorgun met Zaman. Bangladesh hosted.";
		Map<String, List<Integer>> found = startsByActor(text);
		assertThat(found.keySet()).containsExactly(ZAMAN.id(), GORGUN.id(), BANGLADESH.id());
		assertThat(found.get(GORGUN.id())).containsExactly(text.indexOf("Gorgun"), text.lastIndexOf("Gorgun"));
		assertThat(found.get(ZAMAN.id())).containsExactly(0, text.lastIndexOf("Zaman"));
	}

	@Test
	void textWithoutNamesHasNoMentions() {
		assertThat(startsByActor("")).isEmpty();
		assertThat(startsByActor("Nothing to see here.")).isEmpty();
	}

	@Test
	void eachMatchHasTheRangeOfTheNameAsTheTextWritesIt() {
		String text = "— Gen. Waker-Uz-Zaman’s visit: GÖRGÜN and the People’s Republic of Bangladesh.";
		assertThat(this.finder.find(text)).extracting((match) -> text.substring(match.start(), match.end()))
			.containsExactly("Waker-Uz-Zaman", "GÖRGÜN", "People’s Republic of Bangladesh");
		assertThat(this.finder.find(text)).extracting(ActorMention::actorId)
			.containsExactly(ZAMAN.id(), GORGUN.id(), BANGLADESH.id());
	}

	@Test
	void matchesAreInTextOrderAndMentionsCountThem() {
		String text = "Gorgun met Zaman. Gorgun left; Zaman stayed, and Gorgun called.";
		assertThat(this.finder.find(text)).extracting(ActorMention::start)
			.isSorted()
			.containsExactly(0, text.indexOf("Zaman"), text.indexOf("Gorgun left"), text.indexOf("Zaman stayed"),
					text.lastIndexOf("Gorgun"));
		assertThat(this.finder.mentions(text)).containsExactly(
				new Mention(GORGUN.id(), 3, List.of(0, text.indexOf("Gorgun left"), text.lastIndexOf("Gorgun")),
						List.of()),
				new Mention(ZAMAN.id(), 2, List.of(text.indexOf("Zaman"), text.indexOf("Zaman stayed")), List.of()));
	}

	/**
	 * The start offsets of each actor's mentions, as the article documents store them.
	 */
	private Map<String, List<Integer>> startsByActor(String text) {
		Map<String, List<Integer>> starts = new LinkedHashMap<>();
		this.finder.mentions(text).forEach((mention) -> starts.put(mention.actorId(), mention.offsets()));
		return starts;
	}

	private static Actor actor(String slug, ActorKind kind, String name, List<String> aliases,
			List<String> exactAliases) {
		return Fixtures.actor(slug, name, kind)
			.aliases(aliases.toArray(String[]::new))
			.exactAliases(exactAliases.toArray(String[]::new))
			.build();
	}

}
