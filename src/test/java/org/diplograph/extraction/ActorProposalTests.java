package org.diplograph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New actors from runs of capitalised tokens: titles stripped, organisations by their
 * head word, the country from context, and the known actors whose names are close.
 */
class ActorProposalTests {

	private static ActorCandidate proposed(Extraction extraction, String name) {
		return extraction.actors()
			.stream()
			.filter((a) -> a.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not proposed; proposals: " + extraction.actors()));
	}

	@Test
	void aTitleIsStrippedAndTheCountryComesFromContext() {
		Extraction extraction = Articles
			.extract("Pakistan's Chief of Naval Staff Admiral Naveed Ashraf arrived in Dhaka on Monday.", "2026-03-04");
		ActorCandidate admiral = proposed(extraction, "Naveed Ashraf");
		assertThat(admiral.type()).isEqualTo(ActorType.PERSON);
		assertThat(admiral.country()).isEqualTo(ActorRef.known("country-pk"));
		assertThat(admiral.rule()).isEqualTo("actor.titled-person");
		assertThat(admiral.evidence()).extracting(TextRange::start).containsExactly(0);
		assertThat(extraction.actors()).extracting(ActorCandidate::name)
			.doesNotContain("Chief of Naval Staff", "Dhaka");
	}

	@Test
	void organisationsAreKnownByTheirHeadWord() {
		Extraction extraction = Articles
			.extract("Officials of the Sri Lanka Navy and the Ministry of Defence Production "
					+ "visited Karachi Shipyard & Engineering Works Ltd on Friday.", "2026-03-04");
		assertThat(proposed(extraction, "Sri Lanka Navy").type()).isEqualTo(ActorType.ORGANIZATION);
		assertThat(proposed(extraction, "Sri Lanka Navy").country()).isEqualTo(ActorRef.known("country-lk"));
		assertThat(proposed(extraction, "Ministry of Defence Production").type()).isEqualTo(ActorType.ORGANIZATION);
		assertThat(proposed(extraction, "Ministry of Defence Production").country()).as("no country across 'and'")
			.isNull();
		ActorCandidate shipyard = proposed(extraction, "Karachi Shipyard & Engineering Works Ltd");
		assertThat(shipyard.type()).isEqualTo(ActorType.ORGANIZATION);
		assertThat(shipyard.country()).isEqualTo(ActorRef.known("country-pk"));
	}

	@Test
	void systemsAndEventsAreNotActors() {
		Extraction extraction = Articles.extract("Bangladesh is considering Otokar Tulpar light tanks and attended "
				+ "the Antalya Diplomacy Forum in April.", "2025-06-03");
		assertThat(extraction.actors()).extracting(ActorCandidate::name)
			.doesNotContain("Tulpar", "Otokar Tulpar", "Antalya Diplomacy Forum", "Diplomacy Forum");
	}

	@Test
	void aCountryNobodyKnowsIsProposedWithItsCode() {
		Extraction extraction = Articles.extract("Vietnamese officials met Bangladeshi diplomats.", "2025-06-03");
		ActorCandidate vietnam = proposed(extraction, "Vietnam");
		assertThat(vietnam.type()).isEqualTo(ActorType.COUNTRY);
		assertThat(vietnam.code()).isEqualTo("VN");
	}

	@Test
	void closeKnownNamesAreListedBestFirst() {
		Extraction extraction = Articles.extract("Admiral Nazmul Hasan met General Ashfaq Rahman in Dhaka.",
				"2025-06-03");
		assertThat(proposed(extraction, "Nazmul Hasan").similar()).extracting(SimilarActor::actorId)
			.startsWith("nazmul-hassan");
		assertThat(proposed(extraction, "Ashfaq Rahman").similar()).isEmpty();
	}

	@Test
	void aSurnameAloneLaterRefersToTheSameProposal() {
		Extraction extraction = Articles.extract(
				"Vice Admiral Kanchana Banagoda arrived in Dhaka on Saturday. Banagoda met navy officers.",
				"2025-05-28");
		assertThat(extraction.actors()).extracting(ActorCandidate::name).containsExactly("Kanchana Banagoda");
		assertThat(proposed(extraction, "Kanchana Banagoda").evidence()).hasSize(2);
	}

}
