package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
import dev.clientele.timeline.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

/**
 * The timeline's rows: entries (only ever inserted), what superseded them, and the external keys
 * that make appends idempotent.
 */
@Repository
class EntryRepository {

	/** The entries table, partitioned by month on PostgreSQL. */
	static final String TABLE = "timeline_entries";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
	};

	private static final BulkInsert.Table ENTRIES = BulkInsert.Table.of(TABLE, "id", "customer_id",
			"contact_id", "kind", "occurred_at", "recorded_at", "actor_id", "subject", "body", "amount", "currency",
			"status", "attributes", "source", "external_id", "supersedes", "batch_id");

	private static final BulkInsert.Table EXTERNAL_KEYS = BulkInsert.Table.of("timeline_external_keys", "source",
			"external_id", "entry_id");

	private static final String SELECT = """
			select e.id, e.customer_id, e.contact_id, e.kind, e.occurred_at, e.recorded_at, e.actor_id, e.subject, e.body,
			       e.amount, e.currency, e.status, e.attributes, e.source, e.external_id, e.supersedes,
			       s.change, s.by_entry_id, s.reason, s.recorded_at as superseded_at, s.actor_id as superseded_actor_id
			from timeline_entries e
			""";

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	EntryRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	void insertAll(List<StoredEntry> entries) {
		bulk.insert(ENTRIES, entries.stream().map(entry -> {
			EntryDraft d = entry.draft();
			return new Object[] { entry.id(), d.customerId(), d.contactId(), d.kind(), d.occurredAt(), entry.recordedAt(),
					entry.actorId(), d.subject(), d.body(), d.amount(), d.currency(), d.status(),
					d.attributes().isEmpty() ? null : JSON.writeValueAsString(d.attributes()), d.source(), d.externalId(),
					d.supersedes(), entry.batchId() };
		}).toList());
		bulk.insert(EXTERNAL_KEYS, entries.stream()
			.filter(entry -> entry.key() != null)
			.map(entry -> new Object[] { entry.key().source(), entry.key().externalId(), entry.id() })
			.toList());
	}

	/**
	 * What makes an append idempotent: the entry's source and external id, or for a batch line
	 * without one, its source and a digest of its content ({@code #sha256:...}).
	 */
	record ExternalKey(String source, String externalId) {

		/** The key the client gave, or {@code null}. */
		static ExternalKey given(EntryDraft draft) {
			return draft.externalId() == null ? null : new ExternalKey(draft.source(), draft.externalId());
		}

		/** The key the client gave, else one made from everything the line says. */
		static ExternalKey of(EntryDraft draft) {
			ExternalKey given = given(draft);
			return given != null ? given : new ExternalKey(draft.source(), "#sha256:" + ContentDigest.of(draft));
		}

	}

	/** The entries already recorded under any of the keys (index probes by external id). */
	Map<ExternalKey, UUID> recorded(Collection<ExternalKey> keys) {
		Map<ExternalKey, UUID> found = new HashMap<>();
		Map<String, List<String>> bySource = new HashMap<>();
		keys.forEach(key -> bySource.computeIfAbsent(key.source(), source -> new java.util.ArrayList<>()).add(key.externalId()));
		bySource.forEach((source, ids) -> {
			for (List<String> chunk : Chunks.of(ids, 1_000)) {
				jdbc.sql("select external_id, entry_id from timeline_external_keys where external_id in (:ids) and source = :source")
					.param("source", source)
					.param("ids", chunk)
					.query((rs, row) -> Map.entry(new ExternalKey(source, rs.getString("external_id")),
							rs.getObject("entry_id", UUID.class)))
					.list()
					.forEach(entry -> found.put(entry.getKey(), entry.getValue()));
			}
		});
		return found;
	}

	/**
	 * Records that an entry is no longer current.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException if it was already corrected or voided
	 */
	void supersede(UUID entryId, UUID customerId, String change, UUID byEntryId, String reason, UUID actorId,
			Instant at) {
		jdbc.sql("""
				insert into timeline_supersessions (entry_id, customer_id, change, by_entry_id, reason, actor_id, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(entryId, customerId, change, byEntryId, reason, actorId, utc(at))
			.update();
	}

	Optional<TimelineEntry> find(UUID id) {
		return jdbc.sql(SELECT + " left join timeline_supersessions s on s.entry_id = e.id where e.id = ?")
			.param(id)
			.query(EntryRepository::map)
			.optional();
	}

	/** A page of a customer's timeline, newest first; one row more than {@code limit} tells that more follow. */
	List<TimelineEntry> page(TimelinePage page) {
		Map<String, Object> params = new HashMap<>();
		params.put("customer", page.customerId());
		StringBuilder sql = new StringBuilder(SELECT);
		sql.append(" left join timeline_supersessions s on s.entry_id = e.id");
		if (page.asOf() != null) {
			sql.append(" and s.recorded_at <= :asOf");
			params.put("asOf", utc(page.asOf()));
		}
		sql.append(" where e.customer_id = :customer");
		if (page.asOf() != null) {
			sql.append(" and e.recorded_at <= :asOf");
		}
		if (!page.trail()) {
			sql.append(" and s.entry_id is null");
		}
		if (!page.kinds().isEmpty()) {
			sql.append(" and e.kind in (:kinds)");
			params.put("kinds", List.copyOf(page.kinds()));
		}
		if (page.occurredFrom() != null) {
			sql.append(" and e.occurred_at >= :from");
			params.put("from", utc(page.occurredFrom()));
		}
		if (page.occurredTo() != null) {
			sql.append(" and e.occurred_at < :to");
			params.put("to", utc(page.occurredTo()));
		}
		if (page.after() != null) {
			sql.append(" and (e.occurred_at < :afterAt or (e.occurred_at = :afterAt and e.id < :afterId))");
			params.put("afterAt", utc(page.after().occurredAt()));
			params.put("afterId", page.after().id());
		}
		sql.append(" order by e.occurred_at desc, e.id desc fetch first ").append(page.limit() + 1).append(" rows only");
		return jdbc.sql(sql.toString()).params(params).query(EntryRepository::map).list();
	}

	/** The current entries of a customer that figures count, oldest first. */
	List<Figures.Fact> currentFacts(UUID customerId) {
		return jdbc.sql("""
				select e.kind, e.status, e.occurred_at, e.amount, e.currency, e.attributes, e.actor_id
				from timeline_entries e
				where e.customer_id = ? and e.kind in ('order', 'refund', 'follow-up')
				  and not exists (select 1 from timeline_supersessions s where s.entry_id = e.id)
				order by e.occurred_at, e.id""")
			.param(customerId)
			.query((rs, row) -> {
				String next = attributes(rs).get(BuiltInKinds.NEXT_FOLLOW_UP);
				return new Figures.Fact(rs.getString("kind"), rs.getString("status"), instant(rs, "occurred_at"),
						rs.getBigDecimal("amount"), currency(rs), next == null ? null : LocalDate.parse(next),
						rs.getObject("actor_id", UUID.class));
			})
			.list();
	}

	/** Every entry of a customer with its supersession, in the order they occurred. */
	List<TimelineEntry> all(UUID customerId) {
		return jdbc.sql(SELECT + " left join timeline_supersessions s on s.entry_id = e.id where e.customer_id = ?"
				+ " order by e.occurred_at, e.id")
			.param(customerId)
			.query(EntryRepository::map)
			.list();
	}

	/** The current orders of these customers from an instant on, 1,000 customers at a time. */
	List<dev.clientele.timeline.Order> ordersSince(java.util.Collection<UUID> customerIds, Instant from) {
		List<UUID> ids = List.copyOf(customerIds);
		List<dev.clientele.timeline.Order> orders = new java.util.ArrayList<>();
		for (List<UUID> chunk : Chunks.of(ids, 1_000)) {
			orders.addAll(jdbc.sql("""
					select e.id, e.customer_id, e.occurred_at, e.amount, e.currency from timeline_entries e
					where e.customer_id in (:ids) and e.kind = 'order' and e.occurred_at >= :from
					and not exists (select 1 from timeline_supersessions s where s.entry_id = e.id)
					order by e.occurred_at, e.id""")
				.param("ids", chunk)
				.param("from", utc(from))
				.query((rs, n) -> new dev.clientele.timeline.Order(rs.getObject("id", UUID.class),
						rs.getObject("customer_id", UUID.class), instant(rs, "occurred_at"), rs.getBigDecimal("amount"),
						rs.getString("currency")))
				.list());
		}
		return orders;
	}

	/** Deletes a customer's entries, supersessions and external keys: for erasure alone. */
	dev.clientele.privacy.ErasureCounts deleteAll(UUID customerId) {
		int keys = jdbc.sql("""
				delete from timeline_external_keys
				where entry_id in (select id from timeline_entries where customer_id = ?)""").param(customerId).update();
		int supersessions = jdbc.sql("delete from timeline_supersessions where customer_id = ?").param(customerId).update();
		int removed = jdbc.sql("delete from timeline_entries where customer_id = ?").param(customerId).update();
		return dev.clientele.privacy.ErasureCounts.of("entries", removed)
			.and("supersessions", supersessions)
			.and("externalKeys", keys);
	}

	private static TimelineEntry map(ResultSet rs, int row) throws SQLException {
		String change = rs.getString("change");
		return new TimelineEntry(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getObject("contact_id", UUID.class), rs.getString("kind"), instant(rs, "occurred_at"),
				instant(rs, "recorded_at"), rs.getObject("actor_id", UUID.class), rs.getString("subject"),
				rs.getString("body"), amount(rs.getBigDecimal("amount"), currency(rs)), currency(rs), rs.getString("status"),
				attributes(rs), rs.getString("source"), rs.getString("external_id"),
				rs.getObject("supersedes", UUID.class), change == null ? TimelineEntry.CURRENT : change,
				rs.getObject("by_entry_id", UUID.class), rs.getString("reason"), instant(rs, "superseded_at"),
				rs.getObject("superseded_actor_id", UUID.class));
	}

	/**
	 * Drops the zeros the column's four places add, down to the currency's usual places:
	 * {@code 19.9000 CNY} is {@code 19.90}, {@code 500.0000 JPY} is {@code 500}, {@code 0.1250 CNY} stays {@code 0.125}.
	 */
	static BigDecimal amount(BigDecimal stored, String currency) {
		if (stored == null) {
			return null;
		}
		int places = currency == null ? 2 : Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
		BigDecimal plain = stored.stripTrailingZeros();
		return plain.scale() < places ? plain.setScale(places) : plain;
	}

	private static String currency(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		return currency == null ? null : currency.strip();
	}

	private static Map<String, String> attributes(ResultSet rs) throws SQLException {
		String json = rs.getString("attributes");
		return json == null ? Map.of() : JSON.readValue(json, ATTRIBUTES);
	}

	/** The part of a page query the repository needs. */
	record TimelinePage(UUID customerId, java.util.Set<String> kinds, Instant occurredFrom, Instant occurredTo,
			Instant asOf, boolean trail, int limit, EntryCursor after) {
	}

}
