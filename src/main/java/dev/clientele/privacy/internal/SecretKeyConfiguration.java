package dev.clientele.privacy.internal;

import java.nio.file.Path;

import dev.clientele.shared.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of the block list's hashes: the application's secret key ({@link SecretKey}:
 * {@code CLIENTELE_SECRET_KEY}, or one generated on the first start into {@code <data dir>/secret-key}),
 * never in the database. Losing it makes every block unrecognisable; keep it with the backups.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

	static final String KEY_FILE = SecretKey.KEY_FILE;

	@Bean
	SubjectHasher subjectHasher(@Value("${clientele.secret-key:}") String configured,
			@Value("${clientele.data-dir:./data}") String dataDir) {
		return new SubjectHasher(key(configured, Path.of(dataDir)));
	}

	static byte[] key(String configured, Path dataDir) {
		return SecretKey.resolve(configured, dataDir);
	}

}
