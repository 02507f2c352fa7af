package dev.clientele.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's secret key ({@code clientele.secret-key}): {@code CLIENTELE_SECRET_KEY}, or one
 * generated on the first start into {@code <data dir>/secret-key} (readable by its owner only), never
 * in the database. It keys the erasure block list's hashes and {@link SignedTokens}; losing it makes
 * blocks unrecognisable and every link sent so far invalid, so keep it with the backups.
 */
public final class SecretKey {

	private static final Logger LOG = LoggerFactory.getLogger(SecretKey.class);

	/** The file in the data directory that holds a generated key. */
	public static final String KEY_FILE = "secret-key";

	private SecretKey() {
	}

	/** The configured key if there is one, else the key file's, generating the file the first time. */
	public static synchronized byte[] resolve(String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return configured.strip().getBytes(StandardCharsets.UTF_8);
		}
		Path file = dataDir.resolve(KEY_FILE);
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String key = Base64.getEncoder().encodeToString(random);
		SecretFiles.writeOwnerOnly(dataDir, KEY_FILE, key);
		LOG.warn("No CLIENTELE_SECRET_KEY: generated one in {}; keep it with your backups, apart from the database",
				file.toAbsolutePath());
		return key.getBytes(StandardCharsets.UTF_8);
	}

}
