package org.diplograph.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.Fixtures;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MentionFinderTests {

	private static final Actor BANGLADESH = actor("country-bd", ActorKind.COUNTRY, "Bangladesh",
			List.of("People's Republic of Bangladesh"), List.of());

	private static final Actor BANGLADESH_ARMY = actor("bangladesh-army", ActorKind.ORGANIZATION, "Bangladesh Army",
			List.of("Bangladeshi army"), List.of());

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

	private final MentionFinder finder = new MentionFinder(
			List.of(BANGLADESH, BANGLADESH_ARMY, GORGUN, TAXILA, SECRETARIAT, TOUHID, KHALID, ZAMAN));

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
				new Mention(GORGUN.id(), 3, List.of(0, text.indexOf("Gorgun left"), text.lastIndexOf("Gorgun"))),
				new Mention(ZAMAN.id(), 2, List.of(text.indexOf("Zaman"), text.indexOf("Zaman stayed"))));
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
