package dev.clientele.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import dev.clientele.shared.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of the block list's hashes: {@code CLIENTELE_SECRET_KEY}, or one generated on the first
 * start into {@code <data dir>/secret-key} (readable by its owner only), never in the database.
 * Losing it makes every block unrecognisable; keep it with the backups, apart from the database.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(SecretKeyConfiguration.class);

	static final String KEY_FILE = "secret-key";

	@Bean
	SubjectHasher subjectHasher(@Value("${clientele.secret-key:}") String configured,
			@Value("${clientele.data-dir:./data}") String dataDir) {
		return new SubjectHasher(key(configured, Path.of(dataDir)));
	}

	static byte[] key(String configured, Path dataDir) {
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
