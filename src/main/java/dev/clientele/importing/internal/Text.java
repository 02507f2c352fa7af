package dev.clientele.importing.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers for values and headers typed on Chinese keyboards. */
final class Text {

	private Text() {
	}

	/**
	 * Full-width digits, letters, punctuation and the ideographic space become their half-width
	 * forms (NFKC): {@code １３８ＡＢ} becomes {@code 138AB}.
	 */
	static String halfWidth(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	/**
	 * The form in which header names are compared: half-width, lower case, without white space
	 * and without the asterisk that templates put on required columns ({@code *客户名称}).
	 */
	static String key(String header) {
		String key = halfWidth(header).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
		return key.replaceAll("^\\*+|\\*+$", "");
	}

}
