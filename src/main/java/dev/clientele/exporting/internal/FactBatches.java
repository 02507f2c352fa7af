package dev.clientele.exporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import dev.clientele.customer.CustomerFacts;
import dev.clientele.customer.ExportedCustomer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds exported customers back in batches, so that the values other modules keep about them are
 * read in one query per batch rather than one per customer; the order is kept.
 */
final class FactBatches {

	static final int SIZE = 500;

	private final List<CustomerFacts> sources;

	private final BiConsumer<ExportedCustomer, Map<String, JsonNode>> rows;

	private final List<ExportedCustomer> pending = new ArrayList<>(SIZE);

	FactBatches(List<CustomerFacts> sources, BiConsumer<ExportedCustomer, Map<String, JsonNode>> rows) {
		this.sources = sources;
		this.rows = rows;
	}

	void add(ExportedCustomer customer) {
		if (sources.isEmpty()) {
			rows.accept(customer, Map.of());
			return;
		}
		pending.add(customer);
		if (pending.size() == SIZE) {
			flush();
		}
	}

	void flush() {
		if (pending.isEmpty()) {
			return;
		}
		List<UUID> ids = pending.stream().map(customer -> customer.id()).toList();
		Map<String, Map<UUID, ObjectNode>> bySource = new HashMap<>();
		sources.forEach(source -> bySource.put(source.name(), source.of(ids)));
		for (ExportedCustomer customer : pending) {
			Map<String, JsonNode> values = new HashMap<>();
			bySource.forEach((name, facts) -> {
				ObjectNode value = facts.get(customer.id());
				if (value != null) {
					values.put(name, value);
				}
			});
			rows.accept(customer, values);
		}
		pending.clear();
	}

}
