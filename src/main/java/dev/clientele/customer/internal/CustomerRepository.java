package dev.clientele.customer.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.Phone;
import dev.clientele.customfield.CustomValue;
import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customers} row and the side tables that index its phones, emails, tags and custom values. */
@Repository
class CustomerRepository {

	static final String SELECT = """
			select c.id, c.kind, c.name, c.phones, c.emails, c.province, c.city, c.district, c.address, c.industry,
			       c.level, c.source, c.status, c.owner_id, c.tags, c.notes, c.custom_fields, c.created_at, c.created_by,
			       c.updated_at, c.updated_by, c.deleted_at, c.version, u.name as owner_name
			from customers c join users u on u.id = c.owner_id""";

	private static final BulkInsert.Table CUSTOMERS = BulkInsert.Table.of("customers", "id", "kind", "name", "phones",
			"emails", "province", "city", "district", "address", "industry", "level", "source", "status", "owner_id", "tags",
			"notes", "custom_fields", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "version");

	private static final BulkInsert.Table PHONES = BulkInsert.Table.of("customer_phones", "customer_id", "position", "e164",
			"number");

	private static final BulkInsert.Table EMAILS = BulkInsert.Table.of("customer_emails", "customer_id", "position",
			"address");

	private static final BulkInsert.Table TAGS = BulkInsert.Table.of("customer_tags", "customer_id", "tag");

	private static final BulkInsert.Table FIELD_VALUES = BulkInsert.Table.of("customer_field_values", "customer_id",
			"field_key", "text_value", "number_value", "date_value", "bool_value", "unique_value");

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	CustomerRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	Optional<Customer> find(UUID id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CustomerRepository::map).optional();
	}

	/**
	 * The customer if its owner is among {@code owners}: the data scope as a SQL predicate.
	 *
	 * @param owners the visible owners, or {@code null} for every customer
	 */
	Optional<Customer> find(UUID id, Collection<UUID> owners) {
		if (owners == null) {
			return find(id);
		}
		if (owners.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where c.id = :id and c.owner_id in (:owners)")
			.param("id", id)
			.param("owners", List.copyOf(owners))
			.query(CustomerRepository::map)
			.optional();
	}

	/**
	 * The live customers among {@code ids} whose owner is among {@code owners}.
	 *
	 * @param owners the visible owners, or {@code null} for every customer
	 */
	java.util.Set<UUID> visibleLive(Collection<UUID> ids, Collection<UUID> owners) {
		return inScope("select c.id, c.deleted_at from customers c", ids, owners,
				(rs, row) -> new Liveness(rs.getObject("id", UUID.class), rs.getObject("deleted_at") != null))
			.stream()
			.filter(customer -> !customer.deleted())
			.map(Liveness::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	private record Liveness(UUID id, boolean deleted) {
	}

	/**
	 * The live customers among {@code ids} whose owner is among {@code owners}, whole.
	 *
	 * @param owners the visible owners, or {@code null} for every customer
	 */
	List<Customer> findLive(Collection<UUID> ids, Collection<UUID> owners) {
		return inScope(SELECT, ids, owners, CustomerRepository::map).stream().filter(c -> !c.deleted()).toList();
	}

	/**
	 * The rows of {@code select} (from {@code customers c}) for the customers among {@code ids} in
	 * scope, read 1,000 ids at a time by primary key. Whether they are live is left to the caller:
	 * a condition on {@code deleted_at} here would let a planner without statistics (right after a
	 * bulk load) read every live customer through {@code customers_by_deleted} instead.
	 */
	private <T> List<T> inScope(String select, Collection<UUID> ids, Collection<UUID> owners,
			org.springframework.jdbc.core.RowMapper<T> mapper) {
		List<T> found = new ArrayList<>();
		if (owners != null && owners.isEmpty()) {
			return found;
		}
		List<UUID> all = ids.stream().distinct().toList();
		for (List<UUID> chunk : Chunks.of(all, 1_000)) {
			found.addAll(owners == null
					? jdbc.sql(select + " where c.id in (:ids)").param("ids", chunk).query(mapper).list()
					: jdbc.sql(select + " where c.id in (:ids) and c.owner_id in (:owners)")
						.param("ids", chunk)
						.param("owners", List.copyOf(owners))
						.query(mapper)
						.list());
		}
		return found;
	}

	/** Locks the row for the rest of the transaction, so that concurrent writers queue. */
	Optional<Customer> findForUpdate(UUID id) {
		boolean exists = jdbc.sql("select id from customers where id = ? for update").param(id).query(UUID.class).optional().isPresent();
		return exists ? find(id) : Optional.empty();
	}

	/** Locks the row if it is in scope. */
	Optional<Customer> findForUpdate(UUID id, Collection<UUID> owners) {
		return find(id, owners).isPresent() ? findForUpdate(id) : Optional.empty();
	}

	void insertAll(List<Customer> customers, Set<String> uniqueKeys) {
		bulk.insert(CUSTOMERS, customers.stream().map(c -> {
			CustomerProfile p = c.profile();
			return new Object[] { c.id(), p.kind().key(), p.name(), ProfileJson.phones(p.phones()).toString(),
					ProfileJson.emails(p.emails()).toString(), p.province(), p.city(), p.district(), p.address(),
					p.industry(), p.level(), p.source(), p.status(), p.ownerId(),
					ProfileJson.strings(p.tags()).toString(), p.notes(),
					ProfileJson.storedCustomValues(p.customFields()), utc(c.createdAt()), c.createdBy(),
					utc(c.updatedAt()), c.updatedBy(), utc(c.deletedAt()), c.version() };
		}).toList());
		insertSideRows(customers, uniqueKeys);
	}

	/**
	 * Writes a new state over the row if it is still at {@code expectedVersion}.
	 *
	 * @return whether the row was at that version (and is now updated)
	 */
	boolean update(Customer next, int expectedVersion, Set<String> uniqueKeys) {
		CustomerProfile p = next.profile();
		int rows = jdbc.sql("""
				update customers set kind = ?, name = ?, phones = ?, emails = ?, province = ?, city = ?, district = ?,
				       address = ?, industry = ?, level = ?, source = ?, status = ?, owner_id = ?, tags = ?, notes = ?,
				       custom_fields = ?, updated_at = ?, updated_by = ?, deleted_at = ?, version = ?
				where id = ? and version = ?""")
			.params(p.kind().key(), p.name(), ProfileJson.phones(p.phones()).toString(),
					ProfileJson.emails(p.emails()).toString(), p.province(), p.city(), p.district(), p.address(),
					p.industry(), p.level(), p.source(), p.status(), p.ownerId(), ProfileJson.strings(p.tags()).toString(),
					p.notes(), ProfileJson.storedCustomValues(p.customFields()), utc(next.updatedAt()), next.updatedBy(),
					utc(next.deletedAt()), next.version(), next.id(), expectedVersion)
			.update();
		if (rows == 0) {
			return false;
		}
		for (String table : List.of("customer_phones", "customer_emails", "customer_tags", "customer_field_values")) {
			jdbc.sql("delete from " + table + " where customer_id = ?").param(next.id()).update();
		}
		insertSideRows(List.of(next), uniqueKeys);
		return true;
	}

	/** The customer (other than {@code self}) that holds this value of a unique custom field, if any. */
	Optional<UUID> holderOfUniqueValue(String key, CustomValue value, UUID self) {
		return jdbc.sql("select customer_id from customer_field_values where field_key = ? and unique_value = ? and customer_id <> ?")
			.params(key, uniqueText(value), self)
			.query(UUID.class)
			.optional();
	}

	/** Every customer (deleted ones too) an owner holds. */
	List<UUID> idsOwnedBy(UUID owner) {
		return jdbc.sql("select id from customers where owner_id = ? order by id").param(owner).query(UUID.class).list();
	}

	boolean anyCustomValue(String key) {
		return jdbc.sql("select count(*) from (select 1 from customer_field_values where field_key = ? fetch first 1 rows only) x")
			.param(key)
			.query(Integer.class)
			.single() > 0;
	}

	private void insertSideRows(Collection<Customer> customers, Set<String> uniqueKeys) {
		List<Object[]> phones = new ArrayList<>();
		List<Object[]> emails = new ArrayList<>();
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> values = new ArrayList<>();
		for (Customer c : customers) {
			List<Phone> ps = c.profile().phones();
			for (int i = 0; i < ps.size(); i++) {
				phones.add(new Object[] { c.id(), i, ps.get(i).e164(), ps.get(i).number() });
			}
			List<Email> es = c.profile().emails();
			for (int i = 0; i < es.size(); i++) {
				emails.add(new Object[] { c.id(), i, es.get(i).address() });
			}
			c.profile().tags().forEach(tag -> tags.add(new Object[] { c.id(), tag }));
			// a deleted customer keeps its values for the recycle bin's filters but frees unique ones
			c.profile().customFields().forEach((key, value) -> values.addAll(valueRows(c.id(), key, value,
					uniqueKeys.contains(key) && c.deletedAt() == null)));
		}
		bulk.insert(PHONES, phones);
		bulk.insert(EMAILS, emails);
		bulk.insert(TAGS, tags);
		bulk.insert(FIELD_VALUES, values);
	}

	private static List<Object[]> valueRows(UUID id, String key, CustomValue value, boolean unique) {
		String uniqueText = unique ? uniqueText(value) : null;
		if (value instanceof CustomValue.Text t) {
			return List.<Object[]>of(new Object[] { id, key, t.value(), null, null, null, uniqueText });
		}
		if (value instanceof CustomValue.Choice c) {
			return List.<Object[]>of(new Object[] { id, key, c.value(), null, null, null, null });
		}
		if (value instanceof CustomValue.Number n) {
			return List.<Object[]>of(new Object[] { id, key, null, java.math.BigDecimal.valueOf(n.value()), null, null, uniqueText });
		}
		if (value instanceof CustomValue.Decimal d) {
			return List.<Object[]>of(new Object[] { id, key, null, d.value(), null, null, uniqueText });
		}
		if (value instanceof CustomValue.Date d) {
			return List.<Object[]>of(new Object[] { id, key, null, null, d.value(), null, uniqueText });
		}
		if (value instanceof CustomValue.Bool b) {
			return List.<Object[]>of(new Object[] { id, key, null, null, null, b.value(), null });
		}
		return ((CustomValue.Choices) value).values()
			.stream()
			.map(option -> new Object[] { id, key, option, null, null, null, null })
			.toList();
	}

	private static String uniqueText(CustomValue value) {
		return value.display();
	}

	static Customer map(ResultSet rs, int row) throws SQLException {
		CustomerProfile profile = new CustomerProfile(ProfileJson.kind(rs.getString("kind")), rs.getString("name"),
				ProfileJson.readPhones(rs.getString("phones")), ProfileJson.readEmails(rs.getString("emails")),
				rs.getString("province"), rs.getString("city"), rs.getString("district"), rs.getString("address"),
				rs.getString("industry"), rs.getString("level"), rs.getString("source"), rs.getString("status"),
				rs.getObject("owner_id", UUID.class), ProfileJson.readStrings(rs.getString("tags")), rs.getString("notes"),
				ProfileJson.readCustomValues(rs.getString("custom_fields")));
		Instant deletedAt = instant(rs, "deleted_at");
		return new Customer(rs.getObject("id", UUID.class), profile, rs.getString("owner_name"), instant(rs, "created_at"),
				rs.getObject("created_by", UUID.class), instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class),
				deletedAt, rs.getInt("version"));
	}

}
