package dev.clientele.timeline.internal;

import java.util.List;

import dev.clientele.filter.FilterField;
import dev.clientele.filter.FilterFieldContributor;
import dev.clientele.filter.ValueType;
import org.springframework.stereotype.Component;

/**
 * The customer figures as fields of the customer filter and sort. Each is an {@code exists} over
 * the figures table that holds it, which lets the database start from the figures' indexes; a customer
 * without entries has no figures, so e.g. {@code lastOrderAt isEmpty} finds customers who never ordered.
 */
@Component
class TimelineFilterFields implements FilterFieldContributor {

	@Override
	public String entity() {
		return "customer";
	}

	@Override
	public List<FilterField> fields() {
		String orders = FigureRepository.ORDER_TABLE;
		String contacts = FigureRepository.CONTACT_TABLE;
		return List.of(figure("orderCount", ValueType.INTEGER, orders, "order_count", "f.order_count > 0"),
				figure("totalSpend", ValueType.DECIMAL, orders, "total_spend", "f.order_count > 0"),
				figure("firstOrderAt", ValueType.INSTANT, orders, "first_order_at", null),
				figure("lastOrderAt", ValueType.INSTANT, orders, "last_order_at", null),
				figure("lastContactAt", ValueType.INSTANT, contacts, "last_contact_at", null),
				figure("nextFollowUpOn", ValueType.DATE, contacts, "next_follow_up_on", null),
				figure("rfmRecency", ValueType.INTEGER, orders, "recency_score", null),
				figure("rfmFrequency", ValueType.INTEGER, orders, "frequency_score", null),
				figure("rfmMonetary", ValueType.INTEGER, orders, "monetary_score", null));
	}

	/**
	 * @param present what makes the figure present; {@code null} for "the column is not null"
	 */
	private static FilterField figure(String name, ValueType type, String table, String column, String present) {
		String condition = present == null ? "f." + column + " is not null" : present;
		return new FilterField(name, type, "f." + column, table + " f where f.customer_id = c.id and " + condition,
				java.util.Map.of(), true, null);
	}

}
