package dev.clientele.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * Read-only values another module keeps about customers (the timeline's figures), shown beside
 * each customer in the API and in exports without the customer module depending on that module.
 * Implementations apply the current reader's permissions and field access.
 */
public interface CustomerFacts {

	/** The member of the customer JSON that holds the values, e.g. {@code figures}. */
	String name();

	/** The values' names in export column order, e.g. {@code orderCount}. */
	List<String> columns();

	/**
	 * The values of the given customers, in one query; a customer without values may be absent.
	 * Members are named as in {@link #columns()}; left out when the reader may not see them.
	 */
	Map<UUID, ObjectNode> of(Collection<UUID> customerIds);

}
