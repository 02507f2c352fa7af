package dev.clientele.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tamper-proof tokens for links that act without a sign-in (unsubscribe, opt-in confirmation,
 * tracking): {@code base64url(payload) "." base64url(HMAC-SHA256(purpose, payload))}, keyed by a key
 * derived from {@code clientele.secret-key}. The purpose is part of what is signed, so a token made
 * for one purpose is refused for any other. Payloads are readable by whoever holds the token: they
 * carry ids, never personal data. Tokens do not expire by themselves; a payload that needs an expiry
 * carries its own time.
 */
public final class SignedTokens {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Tokens longer than this are refused unread. */
	static final int MAX_TOKEN_LENGTH = 2048;

	private final SecretKeySpec key;

	/** @param secret the application's secret key (at least 16 bytes); the signing key is derived from it */
	public SignedTokens(byte[] secret) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("The secret key needs at least 16 bytes");
		}
		// a key of its own, so that no token can be confused with the block list's hashes under the same secret
		this.key = new SecretKeySpec(mac(new SecretKeySpec(secret.clone(), ALGORITHM),
				"clientele signed tokens v1".getBytes(StandardCharsets.UTF_8)), ALGORITHM);
	}

	/**
	 * A URL-safe token (letters, digits, {@code -}, {@code _} and one {@code .}) carrying the payload.
	 *
	 * @param purpose lower-case letters, digits, {@code .} and {@code -}, e.g. {@code unsubscribe}
	 */
	public String sign(String purpose, String payload) {
		requirePurpose(purpose);
		byte[] body = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(signature(purpose, body));
	}

	/**
	 * The payload of a token this application signed for this purpose; empty for anything else
	 * (malformed, tampered with, signed under another key or for another purpose). The signature
	 * is compared in constant time.
	 */
	public Optional<String> verify(String purpose, String token) {
		requirePurpose(purpose);
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
			return Optional.empty();
		}
		try {
			byte[] body = DECODER.decode(token.substring(0, dot));
			byte[] given = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(given, signature(purpose, body))) {
				return Optional.empty();
			}
			return Optional.of(new String(body, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private byte[] signature(String purpose, byte[] body) {
		byte[] prefix = (purpose + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] message = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, message, 0, prefix.length);
		System.arraycopy(body, 0, message, prefix.length, body.length);
		return mac(key, message);
	}

	private static byte[] mac(SecretKeySpec key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static void requirePurpose(String purpose) {
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw new IllegalArgumentException("A token purpose is lower-case letters, digits, '.' and '-': " + purpose);
		}
	}

}
