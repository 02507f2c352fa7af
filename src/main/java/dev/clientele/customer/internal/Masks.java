package dev.clientele.customer.internal;

/** How masked values look: enough to recognise, not enough to use. */
final class Masks {

	private Masks() {
	}

	/** {@code 13800138000} → {@code 138****8000}; keeps a leading {@code +} and country code. */
	static String phone(String text) {
		if (text == null) {
			return null;
		}
		String digits = PhoneNumbers.digits(text);
		String prefix = text.strip().startsWith("+") ? "+" : "";
		if (digits.length() <= 7) {
			return prefix + "*".repeat(digits.length());
		}
		int keepEnd = 4;
		int keepStart = prefix.isEmpty() ? 3 : Math.min(5, digits.length() - keepEnd - 4);
		return prefix + digits.substring(0, keepStart) + "****" + digits.substring(digits.length() - keepEnd);
	}

	/** {@code zhang@example.com} → {@code z***@example.com}. */
	static String email(String address) {
		if (address == null) {
			return null;
		}
		int at = address.indexOf('@');
		return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
	}

	/** An address cut to the district: only the district (or city) stays. */
	static String address(String district, String city) {
		String kept = district != null ? district : city;
		return kept == null ? "***" : kept + "***";
	}

	/** Any other text: its first character stays. */
	static String text(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return text.substring(0, Character.charCount(text.codePointAt(0))) + "***";
	}

}
