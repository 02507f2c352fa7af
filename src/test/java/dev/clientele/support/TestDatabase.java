package dev.clientele.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Picks the database of a test run from the system property {@code clientele.test.database}
 * ({@code h2}, the default, or {@code postgresql}). Each Spring context gets an empty database
 * of its own: a fresh in-memory H2 database, or a fresh schema in the PostgreSQL test database
 * named by {@code CLIENTELE_TEST_DB_URL} (default {@value #DEFAULT_PG_URL}).
 */
public final class TestDatabase {

	static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/clientele_test";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgresql".equals(System.getProperty("clientele.test.database", "h2"));
	}

	public static String postgresUrl() {
		return env("CLIENTELE_TEST_DB_URL", DEFAULT_PG_URL);
	}

	public static String postgresUser() {
		return env("CLIENTELE_TEST_DB_USER", "postgres");
	}

	public static String postgresPassword() {
		return env("CLIENTELE_TEST_DB_PASSWORD", "");
	}

	/** Registers the datasource and Flyway properties for a new, empty database. */
	public static void register(DynamicPropertyRegistry registry) {
		String name = newName();
		if (isPostgres()) {
			String url = postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", TestDatabase::postgresUser);
			registry.add("spring.datasource.password", TestDatabase::postgresPassword);
			registry.add("spring.flyway.schemas", () -> name);
			registry.add("spring.flyway.create-schemas", () -> "true");
			// the test run keeps many contexts cached, each with its pool: idle connections go back to
			// the server after 10 s, so that the cached contexts never hold all its connections
			registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
			registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
			registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
		}
		else {
			String url = "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> "sa");
			registry.add("spring.datasource.password", () -> "");
		}
	}

	/**
	 * A random name of 16 lower-case letters: no digits, since the log scan takes 11 digits in a row
	 * (as a hex id may hold) for a leaked mobile number, and the name appears in logged URLs and
	 * Flyway's messages.
	 */
	static String newName() {
		char[] letters = new char[16];
		for (int i = 0; i < letters.length; i++) {
			letters[i] = (char) ('a' + RANDOM.nextInt(26));
		}
		return new String(letters);
	}

	/** Whether the PostgreSQL test database answers; the reason if not. */
	static String postgresProblem() {
		try (Connection connection = DriverManager.getConnection(postgresUrl() + (postgresUrl().contains("?") ? "&" : "?")
				+ "connectTimeout=3", postgresUser(), postgresPassword())) {
			return null;
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
