package dev.clientele.config;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Flyway migrate as a separate owner ({@code CLIENTELE_DB_MIGRATION_USER},
 * {@code CLIENTELE_DB_MIGRATION_PASSWORD}) while the application connects as a role that owns
 * nothing; the migrations then grant that role what it needs, and on the audit trail no more than
 * SELECT and INSERT.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayConfigurationCustomizer separateMigrationOwner(@Value("${spring.datasource.url}") String url,
			DataSource dataSource, @Value("${clientele.db.migration-user:}") String migrationUser,
			@Value("${clientele.db.migration-password:}") String migrationPassword) {
		// the role the application really connects as
		String appUser = dataSource instanceof HikariDataSource hikari && hikari.getUsername() != null ? hikari.getUsername()
				: "";
		return configuration -> {
			configuration.placeholders(java.util.Map.of("appUser", appUser));
			if (migrationUser != null && !migrationUser.isBlank()) {
				configuration.dataSource(url, migrationUser, migrationPassword);
			}
		};
	}

}
