package dev.clientele.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (OWASP ASVS 5.0 level 2): 8 to 128 characters, any characters, and not
 * one of the 10,000 most common passwords nor the login itself.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private static final String COMMON = "/security/common-passwords.txt";

	private final Set<String> common;

	private PasswordPolicy(Set<String> common) {
		this.common = common;
	}

	static PasswordPolicy load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + COMMON);
			}
			Set<String> words = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
			return new PasswordPolicy(Set.copyOf(words));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int commonCount() {
		return common.size();
	}

	/** The message code of the first rule the password breaks, if any. */
	Optional<String> problem(String password, String login) {
		if (password == null) {
			return Optional.of("password.length");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			return Optional.of("password.length");
		}
		String folded = password.toLowerCase(Locale.ROOT);
		if (common.contains(folded)) {
			return Optional.of("password.common");
		}
		if (login != null && folded.contains(login.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.login");
		}
		return Optional.empty();
	}

}
