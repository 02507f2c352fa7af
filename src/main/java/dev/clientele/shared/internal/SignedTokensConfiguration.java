package dev.clientele.shared.internal;

import java.nio.file.Path;

import dev.clientele.shared.SecretKey;
import dev.clientele.shared.SignedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link SignedTokens} under the application's secret key ({@code clientele.secret-key} or the generated key file). */
@Configuration(proxyBeanMethods = false)
class SignedTokensConfiguration {

	@Bean
	SignedTokens signedTokens(@Value("${clientele.secret-key:}") String configured,
			@Value("${clientele.data-dir:./data}") String dataDir) {
		return new SignedTokens(SecretKey.resolve(configured, Path.of(dataDir)));
	}

}
