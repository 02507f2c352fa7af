package dev.clientele.customer.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.customer.FieldChange;
import dev.clientele.privacy.DataSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of subject export and erasure: finding a customer in scope, its contacts deleted or not,
 * and turning its rows into tombstones. The one place that rewrites version rows, and only to erase.
 */
@Repository
class PersonalDataRepository {

	private static final String SUBJECT = "select id, name, erased_at from customers where id = :id";

	private final JdbcClient jdbc;

	PersonalDataRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param owners the visible owners, {@code null} for all
	 * @param lock whether to lock the row and its contacts' rows for the rest of the transaction
	 */
	Optional<DataSubject> subject(UUID id, Collection<UUID> owners, boolean lock) {
		if (owners != null && owners.isEmpty()) {
			return Optional.empty();
		}
		String sql = SUBJECT + (owners == null ? "" : " and owner_id in (:owners)") + (lock ? " for update" : "");
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("id", id);
		if (owners != null) {
			statement = statement.param("owners", List.copyOf(owners));
		}
		Optional<DataSubject> subject = statement
			.query((rs, row) -> new DataSubject(rs.getObject("id", UUID.class), rs.getString("name"),
					instant(rs, "erased_at")))
			.optional();
		if (lock && subject.isPresent()) {
			// contacts too, so that no contact write slips in between reading and erasing them
			jdbc.sql("select id from contacts where customer_id = ? for update").param(id).query(UUID.class).list();
		}
		return subject;
	}

	Optional<Instant> erasedAt(UUID id) {
		return jdbc.sql("select erased_at from customers where id = ? and erased_at is not null")
			.param(id)
			.query((rs, row) -> instant(rs, "erased_at"))
			.optional();
	}

	/** Every contact of a customer, deleted ones too, oldest first. */
	List<UUID> contactIds(UUID customerId) {
		return jdbc.sql("select id from contacts where customer_id = ? order by created_at, id")
			.param(customerId)
			.query(UUID.class)
			.list();
	}

	/** Empties every personal column of the customer row and marks it erased (and deleted, if it was not). */
	int eraseCustomer(UUID id, Instant at, UUID actor) {
		return jdbc.sql("""
				update customers set name = '', phones = '[]', emails = '[]', province = null, city = null,
				       district = null, address = null, industry = null, level = null, source = null, status = null,
				       tags = '[]', notes = null, custom_fields = '{}', deleted_at = coalesce(deleted_at, ?),
				       erased_at = ?, updated_at = ?, updated_by = ?
				where id = ?""")
			.params(utc(at), utc(at), utc(at), actor, id)
			.update();
	}

	/** Deletes the rows that index the customer's values (phones, emails, tags, custom values, search keys). */
	int deleteIndexRows(UUID id) {
		int rows = 0;
		for (String table : List.of("customer_phones", "customer_emails", "customer_tags", "customer_field_values",
				"customer_search_keys")) {
			rows += jdbc.sql("delete from " + table + " where customer_id = ?").param(id).update();
		}
		return rows;
	}

	int eraseContacts(UUID customerId, Instant at, UUID actor) {
		return jdbc.sql("""
				update contacts set name = '', title = null, phones = '[]', emails = '[]', notes = null,
				       custom_fields = '{}', deleted_at = coalesce(deleted_at, ?), erased_at = ?, updated_at = ?,
				       updated_by = ?
				where customer_id = ?""")
			.params(utc(at), utc(at), utc(at), actor, customerId)
			.update();
	}

	/** Rewrites one version row without personal values (and without its free-text reason). */
	void rewriteVersion(String table, String idColumn, UUID recordId, int version, String snapshot,
			List<FieldChange> changes) {
		jdbc.sql("update " + table + " set snapshot = ?, changes = ?, reason = null where " + idColumn
				+ " = ? and version = ?")
			.params(snapshot, ProfileJson.changesJson(changes), recordId, version)
			.update();
	}

}
