package org.diplograph.analysis;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.diplograph.analysis.LinkPairs.Pair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link graph built from the pairs documents link, and changed one document at a time.
 */
class LinkChangesTests {

	private static final Pair ANA_BO = new Pair("actor:ana", "actor:bo");

	private static final Pair ANA_CY = new Pair("actor:ana", "actor:cy");

	private static final Pair BO_CY = new Pair("actor:bo", "actor:cy");

	private final Map<String, Map<String, Link>> graph = LinkChanges
		.build(Map.of("visit:1", Set.of(ANA_BO), "deal:1", Set.of(ANA_BO), "visit:2", Set.of(BO_CY)));

	@Test
	void buildsOneLinkPerPairSharedByBothActors() {
		Link anaBo = this.graph.get("actor:ana").get("actor:bo");
		assertThat(anaBo.visitIds()).containsExactly("visit:1");
		assertThat(anaBo.dealIds()).containsExactly("deal:1");
		assertThat(this.graph.get("actor:bo").get("actor:ana")).isSameAs(anaBo);
		assertThat(this.graph.get("actor:bo")).containsOnlyKeys("actor:ana", "actor:cy");
	}

	@Test
	void movesADocumentToItsNewPairsLeavingTheOldGraphAsItWas() {
		LinkChanges changes = new LinkChanges(this.graph);
		changes.replace("visit:1", Set.of(ANA_BO), Set.of(ANA_CY));
		Map<String, Map<String, Link>> changed = changes.graph();

		assertThat(changed.get("actor:ana").get("actor:bo").visitIds()).isEmpty();
		assertThat(changed.get("actor:ana").get("actor:bo").dealIds()).containsExactly("deal:1");
		assertThat(changed.get("actor:cy").get("actor:ana").visitIds()).containsExactly("visit:1");
		assertThat(this.graph.get("actor:ana").get("actor:bo").visitIds()).containsExactly("visit:1");
		assertThat(this.graph.get("actor:ana")).doesNotContainKey("actor:cy");
	}

	@Test
	void aLinkWithNothingBehindItGoes() {
		LinkChanges changes = new LinkChanges(this.graph);
		changes.replace("visit:1", Set.of(ANA_BO), Set.of());
		changes.replace("deal:1", Set.of(ANA_BO), Set.of());

		assertThat(changes.graph().get("actor:ana")).isEmpty();
		assertThat(changes.graph().get("actor:bo")).containsOnlyKeys("actor:cy");
		assertThat(changes.graph().get("actor:cy")).isSameAs(this.graph.get("actor:cy"));
	}

}
