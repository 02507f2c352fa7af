package dev.clientele.customer.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email address rules: a practical syntax check, stored in lower case. */
final class EmailAddresses {

	private static final Pattern SYNTAX = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?:[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]{0,61}[A-Za-z0-9\\p{L}])?\\.)+[A-Za-z\\p{L}]{2,63}");

	private EmailAddresses() {
	}

	/** The normalised address, or empty if it is not a valid address. */
	static Optional<String> normalize(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String address = text.strip().toLowerCase(Locale.ROOT);
		if (address.length() > 254 || !SYNTAX.matcher(address).matches() || address.contains("..")
				|| address.startsWith(".") || address.contains(".@")) {
			return Optional.empty();
		}
		return Optional.of(address);
	}

}
