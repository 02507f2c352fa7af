package dev.clientele.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Keyed hashes of phones and emails: HMAC-SHA256 under a key kept outside the database, so that the
 * block list cannot be reversed by hashing every phone number there is. Values are normalised first
 * (phones to E.164 with China as the default region, emails to lower case) and prefixed with their
 * kind, so that a phone and an email never share a hash.
 */
final class SubjectHasher {

	static final String PHONE = "phone";

	static final String EMAIL = "email";

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final SecretKeySpec key;

	SubjectHasher(byte[] key) {
		if (key.length < 16) {
			throw new IllegalArgumentException("The secret key needs at least 16 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	/** The E.164 form of a phone number as entered (full-width digits too), or empty if it is not valid. */
	static Optional<String> normalisedPhone(String text) {
		if (text == null || text.isBlank() || text.length() > 64) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = PHONES.parse(text, "CN");
			return PHONES.isValidNumber(number)
					? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** An email address as stored: stripped and in lower case; empty if it has no {@code @}. */
	static Optional<String> normalisedEmail(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String address = text.strip().toLowerCase(Locale.ROOT);
		return address.indexOf('@') > 0 && address.length() <= 254 ? Optional.of(address) : Optional.empty();
	}

	/** The hash of a phone already in E.164 form. */
	String phoneHash(String e164) {
		return hash(PHONE + ":" + e164);
	}

	/** The hash of an email already in lower case. */
	String emailHash(String normalised) {
		return hash(EMAIL + ":" + normalised);
	}

	private String hash(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
