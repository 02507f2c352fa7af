package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_search_keys} rows; a deleted customer has none, so keyword hits are live customers. */
@Repository
class SearchKeyRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SearchKeyRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void replace(UUID customerId, Map<String, Integer> keys) {
		remove(customerId);
		insertAll(Map.of(customerId, keys));
	}

	void insertAll(Map<UUID, Map<String, Integer>> keysByCustomer) {
		List<Object[]> rows = new ArrayList<>();
		keysByCustomer.forEach((id, keys) -> keys.forEach((key, weight) -> rows.add(new Object[] { key, id, weight })));
		template.batchUpdate("insert into customer_search_keys (search_key, customer_id, weight) values (?, ?, ?)", rows);
	}

	void remove(UUID customerId) {
		jdbc.sql("delete from customer_search_keys where customer_id = ?").param(customerId).update();
	}

}
