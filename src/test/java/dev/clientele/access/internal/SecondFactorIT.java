package dev.clientele.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "clientele.security.require-admin-mfa=true")
class SecondFactorIT extends DatabaseIT {

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountStates states;

	@Test
	void aUserWithASecondFactorNeedsTheCurrentCodeForAToken() {
		String login = "otp" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = TestAccounts.user(users, login, null, "sales-rep").id();
		String secret = Totp.newSecret();
		accounts.updateTotpSecret(id, secret);
		states.clear();
		Api basic = new Api(port).withBasic(login, TestAccounts.PASSWORD);

		assertThat(basic.post("/api/v1/tokens", "{\"name\": \"t\"}").status()).isEqualTo(401);
		String wrong = Totp.code(secret, Instant.now().getEpochSecond() / 30 + 5);
		assertThat(basic.withOneTimeCode(wrong).post("/api/v1/tokens", "{\"name\": \"t\"}").status()).isEqualTo(401);
		String code = Totp.code(secret, Instant.now().getEpochSecond() / 30);
		assertThat(basic.withOneTimeCode(code).post("/api/v1/tokens", "{\"name\": \"t\"}").status()).isEqualTo(201);
	}

	@Test
	void anAdministratorWithoutASecondFactorGetsNoTokenAndIsSentToSetOneUp() {
		Api.Response token = new Api(port).withBasic("admin", "Chief-Secret-2024!").post("/api/v1/tokens", "{\"name\": \"t\"}");
		assertThat(token.status()).isEqualTo(403);

		Api browser = Api.signedIn(port, "admin", "Chief-Secret-2024!");
		assertThat(browser.get("/admin/users").location().orElseThrow()).endsWith("/account/mfa");
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(403);
	}

}
