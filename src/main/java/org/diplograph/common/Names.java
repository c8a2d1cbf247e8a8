package org.diplograph.common;

import java.text.Normalizer;

/**
 * The one way names are compared everywhere: case-, accent-, punctuation- and
 * hyphen-insensitive. "Waker-Uz-Zaman", "waker uz zaman" and "Wakeruzzaman" share a key.
 */
public final class Names {

	private Names() {
	}

	/** Letters and digits only, folded: the key two spellings of one name share. */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		String folded = fold(name);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char ch = folded.charAt(i);
			if (Character.isLetterOrDigit(ch)) {
				key.append(ch);
			}
		}
		return key.toString();
	}

	/**
	 * The key of a name a user typed to match part of a name: a BAD_REQUEST when it has
	 * no letter or digit, which would otherwise match everything.
	 */
	public static String searchKey(String argument, String text) {
		String key = key(text);
		if (key.isEmpty()) {
			throw new BadRequestException(
					argument + " has no letters or digits to match; punctuation and spaces are ignored.");
		}
		return key;
	}

	/**
	 * Lower case without accents; every other character kept as one or more characters.
	 */
	public static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(foldChar(text.charAt(i)));
		}
		return out.toString();
	}

	/**
	 * Folds one character: lower case, accents removed, letters that do not decompose
	 * mapped by hand, Cyrillic look-alikes of Latin letters mapped to them.
	 */
	public static String foldChar(char ch) {
		if (ch < 128) {
			return String.valueOf(Character.toLowerCase(ch));
		}
		switch (ch) {
			case 'ı', 'İ':
				return "i";
			case 'ß':
				return "ss";
			case 'ø', 'Ø':
				return "o";
			case 'æ', 'Æ':
				return "ae";
			case 'œ', 'Œ':
				return "oe";
			case 'đ', 'Đ', 'ð', 'Ð':
				return "d";
			case 'ł', 'Ł':
				return "l";
			case 'þ', 'Þ':
				return "th";
			case '\u2018', '\u2019', '\u02bc':
				return "'";
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
				return "-";
			case '\u00a0':
				return " ";
			default:
				break;
		}
		String cyrillic = latinLookAlike(ch);
		if (cyrillic != null) {
			return cyrillic;
		}
		String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char part = decomposed.charAt(i);
			if (Character.getType(part) != Character.NON_SPACING_MARK) {
				out.append(Character.toLowerCase(part));
			}
		}
		return out.toString();
	}

	private static String latinLookAlike(char ch) {
		return switch (ch) {
			case 'А', 'а' -> "a";
			case 'В', 'в' -> "b";
			case 'Е', 'е' -> "e";
			case 'К', 'к' -> "k";
			case 'М', 'м' -> "m";
			case 'Н', 'н' -> "h";
			case 'О', 'о' -> "o";
			case 'Р', 'р' -> "p";
			case 'С', 'с' -> "c";
			case 'Т', 'т' -> "t";
			case 'Х', 'х' -> "x";
			case 'У', 'у' -> "y";
			default -> null;
		};
	}

}
