package dev.clientele.customer.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone number rules: parsing with libphonenumber, China as the default region. */
final class PhoneNumbers {

	static final String DEFAULT_REGION = "CN";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The E.164 form of a valid number in any common format (full-width digits too), or empty. */
	static Optional<String> e164(String text) {
		if (text == null || text.isBlank() || text.length() > 64) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(text, DEFAULT_REGION);
			if (!UTIL.isValidNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** The digits of a text, full-width digits folded to ASCII. */
	static String digits(String text) {
		StringBuilder digits = new StringBuilder();
		text.codePoints().filter(Character::isDigit).forEach(cp -> digits.append(Character.getNumericValue(cp)));
		return digits.toString();
	}

}
