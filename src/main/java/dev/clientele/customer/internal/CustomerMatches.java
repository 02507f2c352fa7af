package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.MatchKey;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds live customers by the values a bulk load matches on: normalised phones, emails and exact
 * names, each one indexed lookup per step whatever the number of rows.
 */
@Repository
class CustomerMatches {

	/** Bounds each IN list, well below what either database accepts. */
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	CustomerMatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A key's value, e.g. {@code PHONE:+8613800138000}. */
	static String key(MatchKey kind, String value) {
		return kind.name() + ":" + value;
	}

	/**
	 * The live customers holding each of the values, by {@link #key}. Every lookup reads one index
	 * by value only, and whether a customer is live is judged here: a condition on
	 * {@code deleted_at} would let a planner without fresh statistics (a table just loaded in bulk)
	 * drive the query from the index of deleted customers and read every live one per lookup.
	 */
	Map<String, Set<UUID>> find(Collection<String> phones, Collection<String> emails, Collection<String> names) {
		Map<String, Set<UUID>> found = new HashMap<>();
		lookup(MatchKey.PHONE, phones, "select e164 as v, customer_id as id from customer_phones where e164 in (:values)", found);
		lookup(MatchKey.EMAIL, emails, "select address as v, customer_id as id from customer_emails where address in (:values)",
				found);
		Set<UUID> deleted = deleted(found.values().stream().flatMap(Set::stream).distinct().toList());
		lookup(MatchKey.NAME, names, """
				select name as v, case when deleted_at is null then id end as id from customers where name in (:values)""",
				found);
		found.values().forEach(ids -> ids.removeAll(deleted));
		found.values().removeIf(Set::isEmpty);
		return found;
	}

	private Set<UUID> deleted(List<UUID> ids) {
		Set<UUID> deleted = new java.util.HashSet<>();
		for (List<UUID> part : Chunks.of(ids, CHUNK)) {
			jdbc.sql("select id, deleted_at from customers where id in (:ids)").param("ids", part).query((rs, row) -> {
				if (rs.getObject("deleted_at") != null) {
					deleted.add(rs.getObject("id", UUID.class));
				}
				return null;
			}).list();
		}
		return deleted;
	}

	private void lookup(MatchKey kind, Collection<String> values, String sql, Map<String, Set<UUID>> found) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
		for (List<String> part : Chunks.of(distinct, CHUNK)) {
			jdbc.sql(sql).param("values", part).query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				if (id != null) {
					found.computeIfAbsent(key(kind, rs.getString("v")), k -> new LinkedHashSet<>()).add(id);
				}
				return null;
			}).list();
		}
	}

}
