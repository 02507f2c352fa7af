package dev.clientele.access.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import dev.clientele.shared.Ids;
import dev.clientele.shared.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the administrator {@code admin} on the first start with an empty database. There are
 * no default passwords: the password comes from {@code CLIENTELE_ADMIN_PASSWORD}, or is random
 * and written to {@code $CLIENTELE_DATA_DIR/initial-admin-password} (mode 0600), whose path
 * alone is logged; a random password must be changed at the first sign-in.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	static final String LOGIN = "admin";

	static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountRepository accounts;

	private final RoleRepository roles;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final String configuredPassword;

	private final Path dataDir;

	AdminBootstrap(AccountRepository accounts, RoleRepository roles, PasswordEncoder passwords, Clock clock,
			@Value("${clientele.admin-password:}") String configuredPassword,
			@Value("${clientele.data-dir:./data}") String dataDir) {
		this.accounts = accounts;
		this.roles = roles;
		this.passwords = passwords;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
		this.dataDir = Path.of(dataDir);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.loginTaken(LOGIN)) {
			return;
		}
		boolean random = configuredPassword == null || configuredPassword.isBlank();
		String password = random ? SecretFiles.randomPassword() : configuredPassword;
		if (!random) {
			PasswordPolicy.load().problem(password, LOGIN).ifPresent(code -> {
				throw new IllegalStateException("CLIENTELE_ADMIN_PASSWORD breaks the password policy (" + code
						+ "): 8 to 128 characters, not a common password, not containing the login");
			});
		}
		Account admin = new Account(Ids.newId(), LOGIN, "Administrator", null, null, true, passwords.encode(password),
				random, null, null, null);
		accounts.insert(admin, clock.instant());
		accounts.replaceRoles(admin.id(), List.of(roles.findByKey("system-admin").orElseThrow().id()));
		if (random) {
			Path file = SecretFiles.writeOwnerOnly(dataDir, PASSWORD_FILE, password);
			LOG.warn("Created the administrator 'admin'; the initial password is in {}", file.toAbsolutePath());
		}
		else {
			LOG.info("Created the administrator 'admin' with the password from CLIENTELE_ADMIN_PASSWORD");
		}
	}

}
