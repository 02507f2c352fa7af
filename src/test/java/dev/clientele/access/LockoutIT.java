package dev.clientele.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.MutableClock;
import dev.clientele.support.MutableClockConfiguration;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(MutableClockConfiguration.class)
class LockoutIT extends DatabaseIT {

	@Autowired
	MutableClock clock;

	@Test
	void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
		String login = "lock" + UUID.randomUUID().toString().substring(0, 6);
		TestAccounts.user(users, login, null, "sales-rep");

		for (int i = 0; i < 4; i++) {
			assertThat(attempt(login, "Wrong-Password-" + i)).isEqualTo(401);
			clock.advance(Duration.ofMinutes(3));
		}
		assertThat(attempt(login, TestAccounts.PASSWORD)).isEqualTo(201);

		for (int i = 0; i < 5; i++) {
			assertThat(attempt(login, "Wrong-Password-" + i)).isEqualTo(401);
		}
		assertThat(attempt(login, TestAccounts.PASSWORD)).as("locked: even the right password fails").isEqualTo(401);

		clock.advance(Duration.ofMinutes(14));
		assertThat(attempt(login, TestAccounts.PASSWORD)).isEqualTo(401);
		clock.advance(Duration.ofMinutes(2));
		assertThat(attempt(login, TestAccounts.PASSWORD)).isEqualTo(201);
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
		String login = "slow" + UUID.randomUUID().toString().substring(0, 6);
		TestAccounts.user(users, login, null, "sales-rep");

		for (int i = 0; i < 6; i++) {
			assertThat(attempt(login, "Wrong-Password-" + i)).isEqualTo(401);
			clock.advance(Duration.ofMinutes(4));
		}

		assertThat(attempt(login, TestAccounts.PASSWORD)).isEqualTo(201);
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() {
		String login = "long" + UUID.randomUUID().toString().substring(0, 6);
		TestAccounts.user(users, login, null, "sales-rep");
		Api browser = Api.signedIn(port, login, TestAccounts.PASSWORD);
		assertThat(browser.get("/customers").status()).isEqualTo(200);

		clock.advance(Duration.ofHours(11));
		assertThat(browser.get("/customers").status()).isEqualTo(200);
		clock.advance(Duration.ofHours(2));

		Api.Response expired = browser.get("/customers");
		assertThat(expired.status()).isEqualTo(302);
		assertThat(expired.location().orElseThrow()).endsWith("/login?expired");
	}

	private int attempt(String login, String password) {
		return new Api(port).withBasic(login, password).post("/api/v1/tokens", "{\"name\": \"t\"}").status();
	}

}
