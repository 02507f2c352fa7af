package dev.clientele.exporting.internal;

/** Cell text made safe for spreadsheets. */
final class Cells {

	private Cells() {
	}

	/**
	 * Text a spreadsheet could take for a formula (starting with {@code = + - @}, a tab or a carriage
	 * return) gets a leading apostrophe, so that opening an export never runs anything.
	 */
	static String neutralized(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formula ? "'" + text : text;
	}

}
