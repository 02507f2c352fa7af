package dev.clientele.vocabulary.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How values are compared with the codes, labels and synonyms of a vocabulary: full-width
 * characters as half-width ones (NFKC), without case, whitespace or punctuation, so that
 * {@code Ａ 级}, {@code a级} and {@code A级} are one term, and so are {@code 农林牧渔业} and
 * {@code 农、林、牧、渔业}.
 */
final class Terms {

	private Terms() {
	}

	/** The form in which two ways of writing a term are equal; empty if nothing but spacing and punctuation is left. */
	static String key(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !punctuation(c))
			.forEach(key::appendCodePoint);
		return key.toString();
	}

	private static boolean punctuation(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION -> true;
			default -> false;
		};
	}

}
