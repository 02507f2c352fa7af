package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.Contact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement.Reachable;
import org.springframework.stereotype.Component;

/** Customers as stored with their contacts, for reaching them on the company's behalf. */
@Component
class ReachableCustomers {

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	ReachableCustomers(CustomerRepository customers, ContactRepository contacts) {
		this.customers = customers;
		this.contacts = contacts;
	}

	Map<UUID, Reachable> of(Collection<UUID> ids) {
		List<Customer> found = customers.findLive(ids, null);
		Map<UUID, List<Contact>> contactsOf = new HashMap<>();
		contacts.findLiveByCustomers(found.stream().map(Customer::id).toList())
			.forEach(contact -> contactsOf.computeIfAbsent(contact.customerId(), id -> new ArrayList<>()).add(contact));
		Map<UUID, Reachable> reachable = new HashMap<>();
		found.forEach(c -> reachable.put(c.id(), new Reachable(c, contactsOf.getOrDefault(c.id(), List.of()))));
		return reachable;
	}

}
