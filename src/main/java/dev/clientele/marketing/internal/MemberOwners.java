package dev.clientele.marketing.internal;

import java.util.Set;

import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomersHandedOver;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each member's owner that of its customer, since a member's owner decides who sees it:
 * a customer transferred to another rep takes its campaign history along.
 */
@Component
class MemberOwners {

	private final MemberRepository members;

	private final CustomerManagement customers;

	MemberOwners(MemberRepository members, CustomerManagement customers) {
		this.members = members;
		this.customers = customers;
	}

	@ApplicationModuleListener
	void on(CustomersHandedOver event) {
		members.handOver(event.fromUser(), event.toUser());
	}

	@ApplicationModuleListener
	void on(CustomerChanged event) {
		if (event.fields().contains("ownerId")) {
			customers.reachable(Set.of(event.customerId()))
				.values()
				.forEach(r -> members.reassign(Set.of(event.customerId()), r.customer().profile().ownerId()));
		}
	}

}
