package dev.clientele.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.clientele.access.ChangeUser;
import dev.clientele.access.CreateUser;
import dev.clientele.access.Department;
import dev.clientele.access.Permission;
import dev.clientele.access.Role;
import dev.clientele.access.User;
import dev.clientele.access.UserAccount;
import dev.clientele.access.UserChanged;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UserService implements UserManagement {

	private final AccountRepository accounts;

	private final RoleRepository roles;

	private final DepartmentRepository departments;

	private final TokenService tokens;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy = PasswordPolicy.load();

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessService access;

	UserService(AccountRepository accounts, RoleRepository roles, DepartmentRepository departments, TokenService tokens,
			PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock, AccessService access) {
		this.access = access;
		this.accounts = accounts;
		this.roles = roles;
		this.departments = departments;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<User> find(UUID id) {
		return accounts.findById(id).map(UserService::user);
	}

	@Override
	public Optional<User> findByLogin(String login) {
		return login == null ? Optional.empty() : accounts.findByLogin(login.strip()).map(UserService::user);
	}

	@Override
	public Map<UUID, User> findAll(Collection<UUID> ids) {
		return accounts.findAll()
			.stream()
			.filter(a -> ids.contains(a.id()))
			.map(UserService::user)
			.collect(Collectors.toMap(User::id, Function.identity()));
	}

	@Override
	public List<User> activeUsers() {
		return accounts.findAll()
			.stream()
			.filter(Account::active)
			.sorted((a, b) -> a.id().equals(SYSTEM_USER) ? 1 : b.id().equals(SYSTEM_USER) ? -1 : a.name().compareTo(b.name()))
			.map(UserService::user)
			.toList();
	}

	@Override
	public List<UserAccount> accounts() {
		access.current().require(Permission.USER_ADMIN);
		return accounts.findAll().stream().map(this::account).toList();
	}

	@Override
	public Optional<UserAccount> account(UUID id) {
		access.current().require(Permission.USER_ADMIN);
		return accounts.findById(id).map(this::account);
	}

	@Override
	@Transactional
	public User create(CreateUser command) {
		access.current().require(Permission.USER_ADMIN);
		Violations violations = new Violations();
		String login = command.login() == null ? "" : command.login().strip();
		if (!login.matches("[a-z0-9._-]{2,64}")) {
			violations.add("login", "user.login.invalid");
		}
		else if (accounts.loginTaken(login)) {
			violations.add("login", "user.login.taken");
		}
		String name = checkName(command.name(), violations);
		String email = checkEmail(command.email(), violations);
		checkDepartment(command.departmentId(), violations);
		List<UUID> roleIds = roleIds(command.roles(), violations);
		if (command.password() != null) {
			policy.problem(command.password(), login).ifPresent(code -> violations.add("password", code));
		}
		violations.throwIfAny();
		Account account = new Account(Ids.newId(), login, name, email, command.departmentId(), true,
				command.password() == null ? null : passwords.encode(command.password()),
				command.password() != null && command.mustChangePassword(), null, null, null);
		accounts.insert(account, now());
		accounts.replaceRoles(account.id(), roleIds);
		events.publishEvent(new UserChanged(account.id(), "user.created"));
		return user(account);
	}

	@Override
	@Transactional
	public UserAccount change(UUID id, ChangeUser command) {
		access.current().require(Permission.USER_ADMIN);
		Account account = editable(id);
		Violations violations = new Violations();
		String name = checkName(command.name(), violations);
		String email = checkEmail(command.email(), violations);
		checkDepartment(command.departmentId(), violations);
		List<UUID> roleIds = roleIds(command.roles(), violations);
		boolean rolesChange = !new java.util.HashSet<>(roleIds).equals(accounts.roleIds(id));
		if (rolesChange && id.equals(currentActor())) {
			violations.add("roles", "user.selfGrant");
		}
		violations.throwIfAny();
		accounts.updateProfile(id, name, email, command.departmentId());
		accounts.replaceRoles(id, roleIds);
		events.publishEvent(new UserChanged(id, rolesChange ? "user.rolesChanged" : "user.changed"));
		return account(accounts.findById(account.id()).orElseThrow());
	}

	@Override
	@Transactional
	public void setPassword(UUID id, String password, boolean mustChange) {
		access.current().require(Permission.USER_ADMIN);
		Account account = editable(id);
		policy.problem(password, account.login()).ifPresent(code -> {
			throw InvalidInputException.of("password", code);
		});
		accounts.updatePassword(id, passwords.encode(password), mustChange, now());
		tokens.revokeAllOf(id);
		events.publishEvent(new UserChanged(id, "user.passwordSet"));
	}

	@Override
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Account account = accounts.findById(currentActor()).filter(Account::active)
			.orElseThrow(() -> new NotFoundException("User"));
		if (account.passwordHash() == null || !passwords.matches(currentPassword == null ? "" : currentPassword,
				account.passwordHash())) {
			throw InvalidInputException.of("currentPassword", "password.wrong");
		}
		policy.problem(newPassword, account.login()).ifPresent(code -> {
			throw InvalidInputException.of("newPassword", code);
		});
		if (passwords.matches(newPassword, account.passwordHash())) {
			throw InvalidInputException.of("newPassword", "password.same");
		}
		// other sessions end; the current one is renewed by the caller
		accounts.updatePassword(account.id(), passwords.encode(newPassword), false, now());
		events.publishEvent(new UserChanged(account.id(), "user.passwordChanged"));
	}

	@Override
	@Transactional
	public UserAccount deactivate(UUID id) {
		access.current().require(Permission.USER_ADMIN);
		editable(id);
		if (id.equals(currentActor())) {
			throw new ConflictException("user.deactivateSelf", "You cannot deactivate yourself");
		}
		accounts.updateActive(id, false, now());
		tokens.revokeAllOf(id);
		events.publishEvent(new UserChanged(id, "user.deactivated"));
		return account(accounts.findById(id).orElseThrow());
	}

	@Override
	@Transactional
	public UserAccount activate(UUID id) {
		access.current().require(Permission.USER_ADMIN);
		Account account = editable(id);
		accounts.updateActive(id, true, account.sessionsValidAfter());
		events.publishEvent(new UserChanged(id, "user.activated"));
		return account(accounts.findById(id).orElseThrow());
	}

	@Override
	public UUID currentActor() {
		ClientelePrincipal principal = AccessService.principal();
		return principal == null ? SYSTEM_USER : principal.userId();
	}

	private Account editable(UUID id) {
		if (SYSTEM_USER.equals(id)) {
			throw new NotFoundException("User");
		}
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("User"));
	}

	private List<UUID> roleIds(List<String> keys, Violations violations) {
		List<UUID> ids = new ArrayList<>();
		Map<String, Role> byKey = roles.findAll().stream().collect(Collectors.toMap(Role::key, Function.identity()));
		for (int i = 0; i < keys.size(); i++) {
			Role role = byKey.get(keys.get(i));
			if (role == null) {
				violations.add("roles[" + i + "]", "user.role.unknown", keys.get(i));
			}
			else {
				ids.add(role.id());
			}
		}
		List<Role> chosen = ids.stream().map(id -> byKey.values().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()).toList();
		if (RoleRules.breaksSeparationOfDuties(chosen.stream().flatMap(r -> r.permissions().stream()).toList())) {
			violations.add("roles", "role.separationOfDuties");
		}
		return ids;
	}

	private void checkDepartment(UUID departmentId, Violations violations) {
		if (departmentId != null && departments.findAll().stream().map(Department::id).noneMatch(departmentId::equals)) {
			violations.add("departmentId", "user.department.unknown");
		}
	}

	private static String checkName(String name, Violations violations) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty() || value.length() > 100) {
			violations.add("name", "field.required");
		}
		return value;
	}

	private static String checkEmail(String email, Violations violations) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String value = email.strip().toLowerCase(java.util.Locale.ROOT);
		if (!value.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") || value.length() > 254) {
			violations.add("email", "email.invalid", email.strip());
		}
		return value;
	}

	private UserAccount account(Account a) {
		List<String> keys = roles.findByIds(accounts.roleIds(a.id())).stream().map(Role::key).sorted().toList();
		return new UserAccount(a.id(), a.login(), a.name(), a.email(), a.departmentId(), a.active(), keys,
				a.hasSecondFactor(), a.mustChangePassword());
	}

	private static User user(Account a) {
		return new User(a.id(), a.login(), a.name(), a.active());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
