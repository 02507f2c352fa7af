package dev.clientele.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} rows with their sign-in columns, login failures and role assignments. */
@Repository
class AccountRepository {

	private static final String SELECT = """
			select id, login, name, email, department_id, active, password_hash, must_change_password, totp_secret,
			       locked_until, sessions_valid_after
			from users""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByLogin(String login) {
		return jdbc.sql(SELECT + " where login = ?").param(login).query(AccountRepository::map).optional();
	}

	Optional<Account> findById(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(AccountRepository::map).optional();
	}

	List<Account> findAll() {
		return jdbc.sql(SELECT + " order by login").query(AccountRepository::map).list();
	}

	boolean loginTaken(String login) {
		return jdbc.sql("select count(*) from users where login = ?").param(login).query(Integer.class).single() > 0;
	}

	void insert(Account a, Instant createdAt) {
		jdbc.sql("""
				insert into users (id, login, name, email, department_id, active, password_hash, must_change_password,
				                   totp_secret, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.login(), a.name(), a.email(), a.departmentId(), a.active(), a.passwordHash(),
					a.mustChangePassword(), a.totpSecret(), utc(createdAt))
			.update();
	}

	void updateProfile(UUID id, String name, String email, UUID departmentId) {
		jdbc.sql("update users set name = ?, email = ?, department_id = ? where id = ?")
			.params(name, email, departmentId, id)
			.update();
	}

	void updatePassword(UUID id, String hash, boolean mustChange, Instant sessionsValidAfter) {
		jdbc.sql("update users set password_hash = ?, must_change_password = ?, sessions_valid_after = ? where id = ?")
			.params(hash, mustChange, utc(sessionsValidAfter), id)
			.update();
	}

	void updateTotpSecret(UUID id, String secret) {
		jdbc.sql("update users set totp_secret = ? where id = ?").params(secret, id).update();
	}

	void updateActive(UUID id, boolean active, Instant sessionsValidAfter) {
		jdbc.sql("update users set active = ?, sessions_valid_after = ? where id = ?")
			.params(active, utc(sessionsValidAfter), id)
			.update();
	}

	void lockUntil(UUID id, Instant until) {
		jdbc.sql("update users set locked_until = ? where id = ?").params(utc(until), id).update();
	}

	void recordFailure(UUID id, Instant at) {
		jdbc.sql("insert into login_failures (user_id, failed_at) values (?, ?)").params(id, utc(at)).update();
	}

	int failuresSince(UUID id, Instant since) {
		return jdbc.sql("select count(*) from login_failures where user_id = ? and failed_at > ?")
			.params(id, utc(since))
			.query(Integer.class)
			.single();
	}

	void clearFailures(UUID id) {
		jdbc.sql("delete from login_failures where user_id = ?").param(id).update();
	}

	Set<UUID> roleIds(UUID userId) {
		return Set.copyOf(jdbc.sql("select role_id from user_roles where user_id = ?").param(userId).query(UUID.class).list());
	}

	void replaceRoles(UUID userId, Collection<UUID> roleIds) {
		jdbc.sql("delete from user_roles where user_id = ?").param(userId).update();
		for (UUID roleId : roleIds) {
			jdbc.sql("insert into user_roles (user_id, role_id) values (?, ?)").params(userId, roleId).update();
		}
	}

	Set<UUID> usersInDepartments(Collection<UUID> departmentIds) {
		if (departmentIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select id from users where department_id in (:ids)")
			.param("ids", List.copyOf(departmentIds))
			.query(UUID.class)
			.list());
	}

	boolean anyUserWithRole(UUID roleId) {
		return jdbc.sql("select count(*) from user_roles where role_id = ?").param(roleId).query(Integer.class).single() > 0;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getString("login"), rs.getString("name"),
				rs.getString("email"), rs.getObject("department_id", UUID.class), rs.getBoolean("active"),
				rs.getString("password_hash"), rs.getBoolean("must_change_password"), rs.getString("totp_secret"),
				instant(rs, "locked_until"), instant(rs, "sessions_valid_after"));
	}

}
