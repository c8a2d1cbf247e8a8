package org.diplograph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.common.Names;

/**
 * The countries, demonyms and cities the engine knows without being told
 * ({@code countries.tsv}): which country "Turkish", "Ankara" or "Burma" points to.
 */
final class Gazetteer {

	/** What a gazetteer phrase names. */
	enum PlaceType {

		COUNTRY, DEMONYM, CITY

	}

	/** One phrase: what it is, the ISO code of its country and the canonical name. */
	record Entry(PlaceType type, String code, String name, int words) {

	}

	/** A country by its code: its canonical name. */
	record Country(String code, String name) {

	}

	private static final int MAX_WORDS = 5;

	private final Map<String, Entry> byPhrase = new HashMap<>();

	private final Map<String, Country> byCode = new HashMap<>();

	private Gazetteer() {
	}

	static Gazetteer load() {
		Gazetteer gazetteer = new Gazetteer();
		try (InputStream in = Gazetteer.class.getResourceAsStream("countries.tsv")) {
			if (in == null) {
				throw new IllegalStateException("countries.tsv is missing beside " + Gazetteer.class.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					gazetteer.add(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return gazetteer;
	}

	private void add(String[] columns) {
		String code = columns[0];
		String name = columns[1];
		this.byCode.put(code, new Country(code, name));
		put(name, PlaceType.COUNTRY, code, name);
		list(columns, 2).forEach((alias) -> put(alias, PlaceType.COUNTRY, code, name));
		list(columns, 3).forEach((demonym) -> put(demonym, PlaceType.DEMONYM, code, name));
		list(columns, 4).forEach((city) -> put(city, PlaceType.CITY, code, city));
	}

	private static List<String> list(String[] columns, int index) {
		if (columns.length <= index || columns[index].isBlank()) {
			return List.of();
		}
		return Arrays.stream(columns[index].split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private void put(String phrase, PlaceType type, String code, String name) {
		List<String> words = words(phrase);
		this.byPhrase.putIfAbsent(String.join(" ", words), new Entry(type, code, name, words.size()));
	}

	/** The folded words of a phrase, the way tokens are folded for lookup. */
	static List<String> words(String phrase) {
		List<String> words = new ArrayList<>();
		for (String part : phrase.split("[\\s-]+")) {
			String key = Names.key(part);
			if (!key.isEmpty()) {
				words.add(key);
			}
		}
		return words;
	}

	/**
	 * The longest gazetteer phrase starting at token {@code from}, or null; every word of
	 * it must start with a capital, so "us" and "turkey" as words do not match.
	 */
	Entry match(List<Token> tokens, int from) {
		StringBuilder phrase = new StringBuilder();
		Entry best = null;
		int words = 0;
		for (int i = from; i < tokens.size() && words < MAX_WORDS; i++) {
			String text = tokens.get(i).text();
			String key = Names.key(text);
			if (key.isEmpty()) {
				if (text.equals("-") || text.equals("'")) {
					continue;
				}
				break;
			}
			boolean capital = Character.isUpperCase(text.charAt(0)) || (words > 0 && isConnector(key));
			if (!capital) {
				break;
			}
			phrase.append((words == 0) ? "" : " ").append(key);
			words++;
			Entry entry = this.byPhrase.get(phrase.toString());
			if (entry != null) {
				best = new Entry(entry.type(), entry.code(), entry.name(), i - from + 1);
			}
		}
		return best;
	}

	private static boolean isConnector(String key) {
		return key.equals("of") || key.equals("the") || key.equals("and") || key.equals("es") || key.equals("de");
	}

	/** The entry of a phrase such as "Ankara", or null. */
	Entry lookup(String phrase) {
		return this.byPhrase.get(String.join(" ", words(phrase)));
	}

	Country country(String code) {
		return this.byCode.get(code);
	}

}
