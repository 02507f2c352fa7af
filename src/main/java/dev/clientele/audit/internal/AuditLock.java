package dev.clientele.audit.internal;

import dev.clientele.shared.DatabaseProduct;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises appends to the chain for the rest of the transaction: a transaction-scoped advisory
 * lock on PostgreSQL, a row lock on the chain's head on H2. The one place the two differ.
 */
@Component
class AuditLock {

	private static final long KEY = 0x436C69656E74L;

	private final JdbcClient jdbc;

	private final boolean postgres;

	AuditLock(JdbcClient jdbc, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	void acquire() {
		if (postgres) {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY).query((rs, n) -> 1).single();
		}
	}

	/** What reading the head adds: on H2 the head row's lock does the serialising. */
	String rowLockClause() {
		return postgres ? "" : " for update";
	}

}
