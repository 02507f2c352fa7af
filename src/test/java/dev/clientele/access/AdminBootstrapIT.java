package dev.clientele.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "clientele.admin-password=")
class AdminBootstrapIT extends DatabaseIT {

	static final Path DATA = createDataDir();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("clientele.data-dir", DATA::toString);
	}

	@Test
	void withoutAConfiguredPasswordTheFirstStartWritesARandomOneOnlyTheOwnerCanRead() throws IOException {
		Path file = DATA.resolve("initial-admin-password");

		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(16);

		Api.Response token = new Api(port).withBasic("admin", password).post("/api/v1/tokens", "{\"name\": \"first\"}");
		assertThat(token.status()).isEqualTo(201);
		Api admin = new Api(port).withToken(token.json().get("token").asString());
		assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);

		Api browser = Api.browser(port);
		Api.Response signIn = browser.postForm("/login", "username", "admin", "password", password);
		assertThat(signIn.status()).isEqualTo(302);
		Api.Response next = browser.get("/customers");
		assertThat(next.location().orElseThrow()).as("a random password must be changed first").endsWith("/account/password");
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("clientele-bootstrap");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
