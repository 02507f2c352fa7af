package dev.clientele.customer;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The customer API's JSON form of customers, for modules that list customers in their own API
 * (a segment's members) and must show them exactly as {@code GET /api/v1/customers} does.
 */
public interface CustomerRepresentation {

	/**
	 * The customers as the customer API shows them, in the given order: fields the reader may not
	 * see left out, masked ones as they were read (the customers must come from
	 * {@link CustomerManagement#list} or similar, which apply the reader's field permissions), and
	 * what other modules keep about them ({@code figures}) as the current reader may see it.
	 */
	List<ObjectNode> json(List<Customer> customers);

}
