package dev.clientele.support;

import java.util.UUID;

import dev.clientele.access.RoleManagement;
import dev.clientele.access.UserManagement;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application against a real database: embedded H2 in
 * one pass, PostgreSQL in the other (see {@link TestDatabase}).
 */
@ExtendWith(RequiresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clientele.security.require-admin-mfa=false", "clientele.admin-password=Chief-Secret-2024!",
				"clientele.audit-key=test-audit-key-not-a-secret",
				"clientele.secret-key=test-secret-key-not-a-secret", "clientele.demo.password=Pilot-Manager-2024!" })
public abstract class DatabaseIT {

	@LocalServerPort
	protected int port;

	@Autowired
	protected UserManagement users;

	@Autowired
	protected RoleManagement roles;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	/** A new user with full customer access, signed in with a personal API token. */
	protected Api apiWithFullAccess() {
		return apiWithRoles(TestAccounts.FULL_ACCESS);
	}

	/** A new user with these roles (the full-access one made if needed), signed in with a personal API token. */
	protected Api apiWithRoles(String... roleKeys) {
		return new Api(port).withToken(tokenWithRoles(roleKeys));
	}

	/** The personal API token of a new user with these roles (the full-access one made if needed). */
	protected String tokenWithRoles(String... roleKeys) {
		TestAccounts.ensureFullAccessRole(roles);
		String login = "t" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, roleKeys);
		return TestAccounts.token(port, login);
	}

	/** A new user with full customer access, signed in through the login form. */
	protected Api browserWithFullAccess() {
		return browserWithRoles(TestAccounts.FULL_ACCESS);
	}

	/** A new user with these roles (the full-access one made if needed), signed in through the login form. */
	protected Api browserWithRoles(String... roleKeys) {
		TestAccounts.ensureFullAccessRole(roles);
		String login = "b" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, roleKeys);
		return Api.signedIn(port, login, TestAccounts.PASSWORD);
	}

}
