package org.diplograph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Articles written for the import and review tests, in our own words, and the import of
 * one over HTTP with its candidates found by type.
 */
public final class ImportedArticles {

	/**
	 * A known visitor (Haluk Görgün) with a companion nobody knows, on Monday of a
	 * Wednesday article, and a signed order of 24 armoured vehicles.
	 */
	public static final String GORGUN_IN_DHAKA = """
			Görgün opens armoured vehicle talks in Dhaka

			Haluk Görgün, who heads Türkiye's defence industry agency, arrived in Dhaka on Monday for a three-day visit and met Chief Adviser Muhammad Yunus to discuss joint production of armoured vehicles.

			He was accompanied by Selim Karabulut, a deputy director at the agency.

			Bangladesh signed a contract to buy 24 Otokar Cobra armoured vehicles, the defence ministry said on Tuesday.
			""";

	/**
	 * A visitor nobody knows whose country the article gives only in an apposition (so
	 * the engine leaves fromCountry empty), a phone call that is no visit, and an offer.
	 */
	public static final String AIR_CHIEF_IN_DHAKA = """
			Pakistan's air chief begins a two-day visit to Dhaka

			Air Chief Marshal Tariq Rahim Baig, who commands Pakistan's air force, arrived in Dhaka on Tuesday for a two-day visit and met Bangladesh Army chief Waker-uz-Zaman to discuss pilot training.

			Separately, Shahbaz Sharif spoke by telephone with Muhammad Yunus about flood relief.

			Officials said Pakistan has offered to sell JF-17 fighter jets to Bangladesh.
			""";

	private ImportedArticles() {
	}

	/**
	 * A one-sentence article of a Pakistani official nobody knows arriving in a city on
	 * Monday, for tests that need many distinct articles.
	 */
	public static String arrival(String name, String city) {
		return "Brigadier " + name + ", a senior Pakistani defence official, arrived in " + city
				+ " on Monday for talks on naval training.\n";
	}

	/** Imports the text with the local editor token; the answer's payload. */
	public static Imported importText(GraphQlTester tester, String text, String publishedOn) {
		Map<String, Object> input = new HashMap<>(Map.of("text", text));
		if (publishedOn != null) {
			input.put("publishedOn", publishedOn);
		}
		GraphQlTester.Response response = tester.documentName("importArticle").variable("input", input).execute();
		response.errors().verify();
		return new Imported(response);
	}

	/** An import's answer. */
	public record Imported(GraphQlTester.Response response) {

		public String articleId() {
			return this.response.path("importArticle.article.id").entity(String.class).get();
		}

		/** The IDs of the candidates of one type (ActorCandidate, VisitCandidate...). */
		public List<String> ids(String typename) {
			return this.response.path("importArticle.candidates[?(@.__typename == '" + typename + "')].id")
				.entityList(String.class)
				.get();
		}

		public String first(String typename) {
			return ids(typename).get(0);
		}

	}

}
