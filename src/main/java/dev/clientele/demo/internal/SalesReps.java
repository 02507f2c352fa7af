package dev.clientele.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.clientele.access.CreateUser;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import net.datafaker.Faker;
import org.springframework.stereotype.Component;

/** The sales reps who own demo customers: {@value #COUNT} users {@code sales01} to {@code sales20}. */
@Component
class SalesReps {

	static final int COUNT = 20;

	private final UserManagement users;

	SalesReps(UserManagement users) {
		this.users = users;
	}

	/** The reps' ids, creating those that do not exist yet; their names follow the seed. */
	List<UUID> ensure(long seed) {
		Map<String, User> existing = users.activeUsers()
			.stream()
			.collect(Collectors.toMap(User::login, Function.identity()));
		Faker faker = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed));
		List<UUID> ids = new ArrayList<>();
		for (int i = 1; i <= COUNT; i++) {
			String login = String.format("sales%02d", i);
			String name = faker.name().name();
			User user = existing.get(login);
			ids.add(user != null ? user.id() : users.create(new CreateUser(login, name)).id());
		}
		return ids;
	}

}
