package dev.clientele.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.clientele.access.CreateUser;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcUserManagement implements UserManagement {

	private static final String COLUMNS = "select id, login, name, active from users";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcUserManagement(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<User> find(UUID id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(User.class).optional();
	}

	@Override
	public Map<UUID, User> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(COLUMNS + " where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(User.class)
			.stream()
			.collect(Collectors.toMap(User::id, Function.identity()));
	}

	@Override
	public List<User> activeUsers() {
		return jdbc.sql(COLUMNS + " where active order by case when id = ? then 1 else 0 end, name")
			.param(SYSTEM_USER)
			.query(User.class)
			.list();
	}

	@Override
	@Transactional
	public User create(CreateUser command) {
		Violations violations = new Violations();
		String login = command.login() == null ? "" : command.login().strip();
		String name = command.name() == null ? "" : command.name().strip();
		if (!login.matches("[a-z0-9._-]{2,64}")) {
			violations.add("login", "user.login.invalid");
		}
		else if (jdbc.sql("select count(*) from users where login = ?").param(login).query(Integer.class).single() > 0) {
			violations.add("login", "user.login.taken");
		}
		if (name.isEmpty() || name.length() > 100) {
			violations.add("name", "field.required");
		}
		violations.throwIfAny();
		User user = new User(Ids.newId(), login, name, true);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("insert into users (id, login, name, active, created_at) values (?, ?, ?, ?, ?)")
			.params(user.id(), user.login(), user.name(), true, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return user;
	}

	@Override
	public UUID currentActor() {
		// Until sign-in exists every request acts as the system user; the security module
		// replaces this with the authenticated user.
		return SYSTEM_USER;
	}

}
