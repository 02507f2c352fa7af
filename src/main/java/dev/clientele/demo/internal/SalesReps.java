package dev.clientele.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.nio.file.Path;

import dev.clientele.access.CreateUser;
import dev.clientele.access.Department;
import dev.clientele.access.DepartmentManagement;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.SecretFiles;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sales team that owns demo customers: {@value #COUNT} reps {@code sales01} to
 * {@code sales20} in the department 销售部, and their manager {@code demo}, who sees all their
 * customers and can sign in: with the password {@code CLIENTELE_DEMO_PASSWORD}, or a random one
 * written to {@code $CLIENTELE_DATA_DIR/demo-password} (mode 0600).
 */
@Component
class SalesReps {

	static final int COUNT = 20;

	static final String MANAGER = "demo";

	static final String DEPARTMENT = "销售部";

	private static final Logger LOG = LoggerFactory.getLogger(SalesReps.class);

	private final UserManagement users;

	private final DepartmentManagement departments;

	private final String managerPassword;

	private final Path dataDir;

	SalesReps(UserManagement users, DepartmentManagement departments,
			@Value("${clientele.demo.password:}") String managerPassword,
			@Value("${clientele.data-dir:./data}") String dataDir) {
		this.users = users;
		this.departments = departments;
		this.managerPassword = managerPassword;
		this.dataDir = Path.of(dataDir);
	}

	/** The reps' ids, creating those that do not exist yet; their names follow the seed. */
	List<UUID> ensure(long seed) {
		Map<String, User> existing = users.activeUsers()
			.stream()
			.collect(Collectors.toMap(User::login, Function.identity()));
		UUID department = departments.departments()
			.stream()
			.filter(d -> d.name().equals(DEPARTMENT))
			.map(Department::id)
			.findFirst()
			.orElseGet(() -> departments.create(DEPARTMENT, null).id());
		Faker faker = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed));
		List<UUID> ids = new ArrayList<>();
		for (int i = 1; i <= COUNT; i++) {
			String login = String.format("sales%02d", i);
			String name = faker.name().name();
			User user = existing.get(login);
			ids.add(user != null ? user.id()
					: users.create(new CreateUser(login, name, null, department, List.of("sales-rep"), null)).id());
		}
		if (!existing.containsKey(MANAGER)) {
			boolean random = managerPassword == null || managerPassword.isBlank();
			String password = random ? SecretFiles.randomPassword() : managerPassword;
			users.create(new CreateUser(MANAGER, "演示经理", null, department, List.of("sales-manager"), password));
			if (random) {
				Path file = SecretFiles.writeOwnerOnly(dataDir, "demo-password", password);
				LOG.warn("Sign in as '{}' to try the demo; the password is in {}", MANAGER, file.toAbsolutePath());
			}
		}
		return ids;
	}

}
