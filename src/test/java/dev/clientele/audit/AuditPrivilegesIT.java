package dev.clientele.audit;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL, Flyway migrates as the owner while the application connects as a role of its
 * own, which may read and append audit entries but never change or delete one.
 */
class AuditPrivilegesIT extends DatabaseIT {

	static final String APP_ROLE = "clientele_app_" + UUID.randomUUID().toString().substring(0, 8);

	static final String APP_PASSWORD = "App-Role-" + UUID.randomUUID();

	@DynamicPropertySource
	static void applicationRole(DynamicPropertyRegistry registry) throws SQLException {
		if (!TestDatabase.isPostgres()) {
			return;
		}
		try (Connection owner = DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(),
				TestDatabase.postgresPassword()); Statement sql = owner.createStatement()) {
			sql.execute("create role " + APP_ROLE + " login password '" + APP_PASSWORD + "'");
			sql.execute("grant connect on database " + owner.getCatalog() + " to " + APP_ROLE);
		}
		registry.add("spring.datasource.hikari.username", () -> APP_ROLE);
		registry.add("spring.datasource.hikari.password", () -> APP_PASSWORD);
		registry.add("clientele.db.migration-user", TestDatabase::postgresUser);
		registry.add("clientele.db.migration-password", TestDatabase::postgresPassword);
	}

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void onPostgresOnly() {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "the role set-up is PostgreSQL's");
	}

	@Test
	void theApplicationRoleAppendsAuditEntriesButCannotChangeOrDeleteThem() {
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(APP_ROLE);
		assertThat(apiWithFullAccess().post("/api/v1/customers", aCompany("权限隔离公司").json()).status()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from audit_log").query(Integer.class).single()).isPositive();

		assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'forged'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table audit_log");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table audit_log");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table audit_log");
	}

	@Test
	void theApplicationRoleCannotDeleteVersionsButErasureCanStillRewriteThem() {
		Api api = apiWithFullAccess();
		String path = api.post("/api/v1/customers", aCompany("版本保护公司").withPhone("138 0013 8000").json())
			.location()
			.orElseThrow();

		assertThatThrownBy(() -> jdbc.sql("delete from customer_version").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table customer_version");
		assertThatThrownBy(() -> jdbc.sql("truncate contact_version").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied for table contact_version");
		assertThat(api.post(path + "/erasure", "{\"reason\": \"依法删除\"}").status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from customer_version where snapshot like '%13800138000%'")
			.query(Integer.class)
			.single()).isZero();
	}

}
