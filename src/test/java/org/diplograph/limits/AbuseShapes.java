package org.diplograph.limits;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * The request shapes of issue 9 that took the server down, and variants of them: each a
 * GraphQL document and its variables.
 */
final class AbuseShapes {

	private AbuseShapes() {
	}

	/** A network of the actors named in the articles of a network, with every body. */
	static Shape networkOfMentionsWithBodies(int aliases, int depth) {
		StringBuilder networks = new StringBuilder();
		for (int i = 0; i < aliases; i++) {
			networks.append(" n")
				.append(i)
				.append(": network(depth: ")
				.append(depth)
				.append(") { edges { articles { body } } }");
		}
		return new Shape(
				"{ actor(id: \"actor:haluk-gorgun\") { network(depth: 1) { edges { articles { mentions { actor {"
						+ networks + " } } } } } } }",
				Map.of());
	}

	/** Bangladesh's network, and the network of every actor its articles name. */
	static Shape networkOfNetworks(String actorId) {
		return new Shape("{ actor(id: \"" + actorId + "\") { network(depth: 2) { edges { articles { mentions { actor { "
				+ "network(depth: 2) { edges { articles { id } } } } } } } } } }", Map.of());
	}

	/** One actor's network, with bodies, asked for over and over in one nodes(ids). */
	static Shape nodesOfNetworks(int copies) {
		StringJoiner ids = new StringJoiner(", ");
		Collections.nCopies(copies, "\"actor:country-bd\"").forEach(ids::add);
		return new Shape(
				"{ nodes(ids: [" + ids + "]) { ... on Actor { network(depth: 2) { edges { articles { body } } } } } }",
				Map.of());
	}

	/** Many searches of long random words, each of which may be misspelt. */
	static Shape fuzzySearches(int aliases, int words, int letters, long seed) {
		Random random = new Random(seed);
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < aliases; i++) {
			StringJoiner text = new StringJoiner(" ");
			for (int w = 0; w < words; w++) {
				StringBuilder word = new StringBuilder();
				for (int l = 0; l < letters; l++) {
					word.append((char) ('a' + random.nextInt(26)));
				}
				text.add(word);
			}
			query.append(" s")
				.append(i)
				.append(": search(query: \"")
				.append(text)
				.append("\", first: 1) { totalCount }");
		}
		return new Shape(query.append(" }").toString(), Map.of());
	}

	/** Articles that mention every one of a long list of actors. */
	static Shape longMentions(int count) {
		return new Shape(
				"query($m: [String!]) { articles(filter: {mentions: $m}) { totalCount edges { node { id } } } }",
				Map.of("m", Collections.nCopies(count, "BD")));
	}

	/** The five shapes as issue 9 gives them. */
	static List<Shape> issueShapes() {
		return List.of(networkOfMentionsWithBodies(4, 2), networkOfNetworks("actor:country-bd"), nodesOfNetworks(100),
				fuzzySearches(30, 20, 23, 9), longMentions(16_000));
	}

	/** Variants: other sizes, actors and depths of the same shapes. */
	static List<Shape> variants(long seed) {
		Random random = new Random(seed);
		return List
			.of(networkOfMentionsWithBodies(1 + random.nextInt(8), 1 + random.nextInt(2)),
					networkOfNetworks(random.nextBoolean() ? "actor:country-pk" : "actor:country-tr"),
					nodesOfNetworks(10 + random.nextInt(90)), fuzzySearches(1 + random.nextInt(30),
							5 + random.nextInt(16), 8 + random.nextInt(30), random.nextLong()),
					longMentions(101 + random.nextInt(5000)));
	}

	record Shape(String document, Map<String, Object> variables) {
	}

}
