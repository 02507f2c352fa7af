package dev.clientele.customer.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerFacts;
import dev.clientele.customer.CustomerRepresentation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** Customers as JSON with what other modules keep about them, shared by the customer API and others. */
@Component
class CustomerRepresentations implements CustomerRepresentation {

	private final List<CustomerFacts> facts;

	CustomerRepresentations(List<CustomerFacts> facts) {
		this.facts = facts;
	}

	@Override
	public List<ObjectNode> json(List<Customer> customers) {
		return withFacts(customers.stream().map(CustomerJson::customer).toList());
	}

	/** Adds what other modules keep about the customers (e.g. {@code figures}) to their JSON. */
	List<ObjectNode> withFacts(List<ObjectNode> customers) {
		List<UUID> ids = customers.stream().map(node -> UUID.fromString(node.get("id").asString())).toList();
		for (CustomerFacts source : facts) {
			Map<UUID, ObjectNode> values = source.of(ids);
			for (int i = 0; i < customers.size(); i++) {
				ObjectNode value = values.get(ids.get(i));
				if (value != null) {
					customers.get(i).set(source.name(), value);
				}
			}
		}
		return customers;
	}

}
