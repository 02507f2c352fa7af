package dev.clientele.customer.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactProfile;
import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contacts} rows. */
@Repository
class ContactRepository {

	private static final String SELECT = """
			select id, customer_id, name, title, phones, emails, is_primary, notes, custom_fields, created_at, created_by,
			       updated_at, updated_by, deleted_at, version
			from contacts""";

	private static final BulkInsert.Table CONTACTS = BulkInsert.Table.of("contacts", "id", "customer_id", "name", "title",
			"phones", "emails", "is_primary", "notes", "custom_fields", "created_at", "created_by", "updated_at",
			"updated_by", "deleted_at", "version");

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	ContactRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	Optional<Contact> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ContactRepository::map).optional();
	}

	Optional<Contact> findForUpdate(UUID id) {
		boolean exists = jdbc.sql("select id from contacts where id = ? for update").param(id).query(UUID.class).optional().isPresent();
		return exists ? find(id) : Optional.empty();
	}

	/** A contact's version. */
	record VersionRef(UUID contactId, int version) {
	}

	/** The versions that writes with one source appended to a customer's contacts, newest first. */
	List<VersionRef> versionsBySource(UUID customerId, String source) {
		return jdbc.sql("""
				select v.contact_id, v.version from contact_version v join contacts c on c.id = v.contact_id
				where c.customer_id = ? and v.source = ? order by v.recorded_at desc, v.version desc""")
			.params(customerId, source)
			.query((rs, n) -> new VersionRef(rs.getObject("contact_id", UUID.class), rs.getInt("version")))
			.list();
	}

	List<Contact> findLiveByCustomer(UUID customerId) {
		return jdbc.sql(SELECT + " where customer_id = ? and deleted_at is null order by is_primary desc, name, id")
			.param(customerId)
			.query(ContactRepository::map)
			.list();
	}

	/** The live contacts of these customers, primary first, 1,000 customers at a time. */
	List<Contact> findLiveByCustomers(java.util.Collection<UUID> customerIds) {
		List<Contact> found = new java.util.ArrayList<>();
		List<UUID> ids = List.copyOf(customerIds);
		for (List<UUID> chunk : Chunks.of(ids, 1_000)) {
			found.addAll(jdbc.sql(SELECT + " where customer_id in (:ids) and deleted_at is null order by is_primary desc, name, id")
				.param("ids", chunk)
				.query(ContactRepository::map)
				.list());
		}
		return found;
	}

	List<String> liveNames(UUID customerId) {
		return jdbc.sql("select name from contacts where customer_id = ? and deleted_at is null")
			.param(customerId)
			.query(String.class)
			.list();
	}

	boolean anyCustomValue(String key) {
		// contacts keep custom values only as JSON: look for the key in the stored form
		return jdbc.sql("select count(*) from (select 1 from contacts where custom_fields like ? escape '\\' fetch first 1 rows only) x")
			.param("%\"" + key.replace("_", "\\_") + "\":%")
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Contact contact) {
		insertAll(List.of(contact));
	}

	void insertAll(List<Contact> contacts) {
		bulk.insert(CONTACTS, contacts.stream().map(c -> {
			ContactProfile p = c.profile();
			return new Object[] { c.id(), c.customerId(), p.name(), p.title(), ProfileJson.phones(p.phones()).toString(),
					ProfileJson.emails(p.emails()).toString(), p.primary(), p.notes(),
					ProfileJson.storedCustomValues(p.customFields()), utc(c.createdAt()), c.createdBy(),
					utc(c.updatedAt()), c.updatedBy(), utc(c.deletedAt()), c.version() };
		}).toList());
	}

	boolean update(Contact c, int expectedVersion) {
		ContactProfile p = c.profile();
		return jdbc.sql("""
				update contacts set name = ?, title = ?, phones = ?, emails = ?, is_primary = ?, notes = ?, custom_fields = ?,
				       updated_at = ?, updated_by = ?, deleted_at = ?, version = ?
				where id = ? and version = ?""")
			.params(p.name(), p.title(), ProfileJson.phones(p.phones()).toString(), ProfileJson.emails(p.emails()).toString(),
					p.primary(), p.notes(), ProfileJson.storedCustomValues(p.customFields()), utc(c.updatedAt()),
					c.updatedBy(), utc(c.deletedAt()), c.version(), c.id(), expectedVersion)
			.update() == 1;
	}

	private static Contact map(ResultSet rs, int row) throws SQLException {
		ContactProfile profile = new ContactProfile(rs.getString("name"), rs.getString("title"),
				ProfileJson.readPhones(rs.getString("phones")), ProfileJson.readEmails(rs.getString("emails")),
				rs.getBoolean("is_primary"), rs.getString("notes"), ProfileJson.readCustomValues(rs.getString("custom_fields")));
		return new Contact(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), profile,
				instant(rs, "created_at"), rs.getObject("created_by", UUID.class), instant(rs, "updated_at"),
				rs.getObject("updated_by", UUID.class), instant(rs, "deleted_at"), rs.getInt("version"));
	}

	/** The customer of each live contact among {@code ids}. */
	java.util.Map<UUID, UUID> customersOf(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, UUID> found = new java.util.HashMap<>();
		List<UUID> all = ids.stream().distinct().toList();
		for (List<UUID> chunk : Chunks.of(all, 1_000)) {
			jdbc.sql("select id, customer_id from contacts where id in (:ids) and deleted_at is null")
				.param("ids", chunk)
				.query((rs, row) -> java.util.Map.entry(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class)))
				.list()
				.forEach(entry -> found.put(entry.getKey(), entry.getValue()));
		}
		return found;
	}

}
