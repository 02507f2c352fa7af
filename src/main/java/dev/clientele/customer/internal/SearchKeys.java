package dev.clientele.customer.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.Phone;

/**
 * The keys under which a customer can be found by keyword. A keyword matches when it is a
 * prefix of a key, so keys are suffixes: every suffix of the name finds any fragment of it
 * (two Chinese characters included), suffixes of the pinyin at syllable starts and of the
 * initials find {@code zhangsan} and {@code zs}, the reversed digits of a phone find its last
 * digits, and the email finds its own prefixes.
 *
 * <p>Each key has a weight (lower ranks higher): whether it starts the name, lies inside the
 * name, comes from pinyin, or from a contact, email or phone; then the name's length.
 */
final class SearchKeys {

	/** Longest key text; a longer keyword is refused. */
	static final int MAX_KEY = 48;

	/** Keys from the name and its pinyin. */
	static final char NAME = 'n';

	/** Keys from contacts' names. */
	static final char CONTACT = 'c';

	/** Keys from email addresses. */
	static final char EMAIL = 'e';

	/** Keys from phones: reversed digits. */
	static final char PHONE = 'p';

	private static final int NAME_START = 0;

	private static final int NAME_INSIDE = 1;

	private static final int PINYIN = 2;

	private static final int OTHER = 3;

	private final Map<String, Integer> weights = new HashMap<>();

	private final int nameLength;

	private SearchKeys(int nameLength) {
		this.nameLength = Math.min(nameLength, 999);
	}

	/** The keys of a customer and the names of its live contacts, by key text with its weight. */
	static Map<String, Integer> of(CustomerProfile profile, List<String> contactNames) {
		return of(profile.name(), contactNames, profile.emails().stream().map(Email::address).toList(),
				profile.phones().stream().map(Phone::e164).toList());
	}

	/** The keys of a record given by its parts (e.g. read from a version snapshot). */
	static Map<String, Integer> of(String customerName, List<String> contactNames, List<String> emails,
			List<String> e164Phones) {
		String name = normalize(customerName);
		SearchKeys keys = new SearchKeys(name.codePointCount(0, name.length()));
		keys.suffixes(NAME, name, NAME_START, NAME_INSIDE);
		Pinyin.Reading reading = Pinyin.of(name);
		if (reading.hasChinese()) {
			keys.suffixesAt(reading.full(), reading.syllableStarts(), PINYIN);
			keys.suffixes(NAME, reading.initials(), PINYIN, PINYIN);
		}
		for (String contact : contactNames) {
			String normalized = normalize(contact);
			keys.suffixes(CONTACT, normalized, OTHER, OTHER);
			Pinyin.Reading contactReading = Pinyin.of(normalized);
			if (contactReading.hasChinese()) {
				keys.add(CONTACT + contactReading.full(), OTHER);
				keys.add(CONTACT + contactReading.initials(), OTHER);
			}
		}
		for (String email : emails) {
			keys.add(EMAIL + email, OTHER);
		}
		for (String phone : e164Phones) {
			keys.add(PHONE + reversedDigits(phone), OTHER);
		}
		return keys.weights;
	}

	/** Text as keys and keywords compare it: compatibility-folded (full-width to half-width), lower case, no white space. */
	static String normalize(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(out::appendCodePoint);
		return out.toString();
	}

	static String reversedDigits(String text) {
		return new StringBuilder(PhoneNumbers.digits(text)).reverse().toString();
	}

	private void suffixes(char kind, String text, int firstClass, int restClass) {
		int[] starts = text.codePoints().toArray();
		int offset = 0;
		for (int i = 0; i < starts.length; i++) {
			add(kind + cut(text.substring(offset)), i == 0 ? firstClass : restClass);
			offset += Character.charCount(starts[i]);
		}
	}

	private void suffixesAt(String text, List<Integer> starts, int weightClass) {
		for (int start : starts) {
			add(NAME + cut(text.substring(start)), weightClass);
		}
	}

	private static String cut(String text) {
		if (text.length() <= MAX_KEY) {
			return text;
		}
		int end = MAX_KEY;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	private void add(String key, int weightClass) {
		if (key.length() < 2) {
			return;
		}
		weights.merge(key, weightClass * 1000 + nameLength, Math::min);
	}

}
