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

	/** The live customers holding each of the values, by {@link #key}. */
	Map<String, Set<UUID>> find(Collection<String> phones, Collection<String> emails, Collection<String> names) {
		Map<String, Set<UUID>> found = new HashMap<>();
		lookup(MatchKey.PHONE, phones, """
				select p.e164 as v, c.id from customer_phones p join customers c on c.id = p.customer_id
				where p.e164 in (:values) and c.deleted_at is null""", found);
		lookup(MatchKey.EMAIL, emails, """
				select e.address as v, c.id from customer_emails e join customers c on c.id = e.customer_id
				where e.address in (:values) and c.deleted_at is null""", found);
		lookup(MatchKey.NAME, names, "select c.name as v, c.id from customers c where c.name in (:values) and c.deleted_at is null",
				found);
		return found;
	}

	private void lookup(MatchKey kind, Collection<String> values, String sql, Map<String, Set<UUID>> found) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
		for (int from = 0; from < distinct.size(); from += CHUNK) {
			List<String> part = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
			jdbc.sql(sql).param("values", part).query((rs, row) -> {
				found.computeIfAbsent(key(kind, rs.getString("v")), k -> new LinkedHashSet<>())
					.add(rs.getObject("id", UUID.class));
				return null;
			}).list();
		}
	}

}
