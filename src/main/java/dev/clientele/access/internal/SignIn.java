package dev.clientele.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.clientele.access.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login, password and one-time code. Five failures within 15 minutes lock the account
 * for 15 minutes; an unknown login, a wrong password, a wrong code and a locked account all fail
 * the same way, in about the same time.
 */
@Component
class SignIn {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final AccessService access;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final boolean requireAdminMfa;

	private final String dummyHash;

	SignIn(AccountRepository accounts, AccessService access, PasswordEncoder passwords, Clock clock,
			@Value("${clientele.security.require-admin-mfa:true}") boolean requireAdminMfa) {
		this.accounts = accounts;
		this.access = access;
		this.passwords = passwords;
		this.clock = clock;
		this.requireAdminMfa = requireAdminMfa;
		this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
	}

	/** The outcome of a sign-in attempt. */
	sealed interface Outcome {

		record Success(Account account, boolean mfaEnrollmentRequired) implements Outcome {

			/** The account must have a second factor and has none yet: it can only set one up. */
			boolean mfaRequiredButMissing() {
				return mfaEnrollmentRequired;
			}

		}

		/** @param locked whether this failure locked the account (for the audit trail only, never shown) */
		record Failure(Optional<Account> account, boolean locked) implements Outcome {
		}

	}

	// a failure must be recorded even though the attempt fails
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Outcome attempt(String login, String password, String oneTimeCode) {
		Instant now = clock.instant();
		Optional<Account> found = login == null ? Optional.empty() : accounts.findByLogin(login.strip());
		Account account = found.filter(Account::active).filter(a -> a.passwordHash() != null).orElse(null);
		if (account == null) {
			passwords.matches(password == null ? "" : password, dummyHash);
			return new Outcome.Failure(found, false);
		}
		boolean passwordOk = passwords.matches(password == null ? "" : password, account.passwordHash());
		boolean codeOk = !account.hasSecondFactor() || Totp.verify(account.totpSecret(), oneTimeCode, now);
		if (account.lockedAt(now) || !passwordOk || !codeOk) {
			return fail(account, now);
		}
		accounts.clearFailures(account.id());
		boolean enrollment = !account.hasSecondFactor() && mfaRequired(account);
		return new Outcome.Success(account, enrollment);
	}

	/** Whether the account must use a second factor: administrators, unless switched off. */
	boolean mfaRequired(Account account) {
		return requireAdminMfa && access.of(account.id()).can(Permission.USER_ADMIN);
	}

	private Outcome fail(Account account, Instant now) {
		if (account.lockedAt(now)) {
			return new Outcome.Failure(Optional.of(account), false);
		}
		accounts.recordFailure(account.id(), now);
		boolean lock = accounts.failuresSince(account.id(), now.minus(WINDOW)) >= MAX_FAILURES;
		if (lock) {
			accounts.lockUntil(account.id(), now.plus(LOCK));
			accounts.clearFailures(account.id());
		}
		return new Outcome.Failure(Optional.of(account), lock);
	}

}
