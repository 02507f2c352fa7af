package dev.clientele.timeline.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customer.CustomerFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The figures as {@code figures} of each customer in the API and as export columns. */
@Component
class FigureFacts implements CustomerFacts {

	static final List<String> COLUMNS = List.of("orderCount", "totalSpend", "firstOrderAt", "lastOrderAt",
			"lastContactAt", "nextFollowUpOn", "rfmRecency", "rfmFrequency", "rfmMonetary");

	private final FigureRepository figures;

	private final AccessManagement access;

	private final String baseCurrency;

	FigureFacts(FigureRepository figures, AccessManagement access,
			@Value("${clientele.timeline.currency:CNY}") String baseCurrency) {
		this.figures = figures;
		this.access = access;
		this.baseCurrency = baseCurrency;
	}

	@Override
	public String name() {
		return "figures";
	}

	@Override
	public List<String> columns() {
		return COLUMNS;
	}

	@Override
	public Map<UUID, ObjectNode> of(Collection<UUID> customerIds) {
		Access reader = access.current();
		Map<UUID, ObjectNode> facts = new HashMap<>();
		if (!reader.can(Permission.TIMELINE_READ) || customerIds.isEmpty()) {
			return facts;
		}
		boolean money = reader.field(TimelineAccessFields.TOTAL_SPEND).readable();
		for (FigureRepository.Row row : figures.findAll(customerIds)) {
			Figures f = row.figures();
			ObjectNode node = EntryRepository.JSON.createObjectNode();
			node.put("orderCount", f.orderCount());
			if (money) {
				node.put("totalSpend", EntryRepository.amount(f.totalSpend(), baseCurrency).toPlainString());
				node.put("currency", baseCurrency);
			}
			node.put("firstOrderAt", text(f.firstOrderAt()));
			node.put("lastOrderAt", text(f.lastOrderAt()));
			node.put("lastContactAt", text(f.lastContactAt()));
			node.put("nextFollowUpOn", text(f.nextFollowUpOn()));
			node.put("rfmRecency", row.recency());
			node.put("rfmFrequency", row.frequency());
			node.put("rfmMonetary", row.monetary());
			facts.put(row.customerId(), node);
		}
		return facts;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
