package dev.clientele.access.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.clientele.access.Access;
import dev.clientele.access.UserChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Caches accounts and their combined access per user, so that a request costs no queries for
 * who it is and what it may do. Every change to users, roles or departments goes through this
 * module and empties the cache, at the change and again after its commit, so that a revoked
 * permission is gone on the very next request.
 */
@Component
class AccountStates {

	private final AccountRepository accounts;

	private final Map<UUID, Optional<Account>> accountCache = new ConcurrentHashMap<>();

	private final Map<UUID, Access> accessCache = new ConcurrentHashMap<>();

	AccountStates(AccountRepository accounts) {
		this.accounts = accounts;
	}

	Optional<Account> account(UUID id) {
		return accountCache.computeIfAbsent(id, accounts::findById);
	}

	Access access(UUID userId, java.util.function.Function<UUID, Access> compute) {
		return accessCache.computeIfAbsent(userId, compute);
	}

	@EventListener
	void changed(UserChanged event) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void committed(UserChanged event) {
		clear();
	}

	void clear() {
		accountCache.clear();
		accessCache.clear();
	}

}
