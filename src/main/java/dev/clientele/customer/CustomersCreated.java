package dev.clientele.customer;

import java.util.List;
import java.util.UUID;

/**
 * Published once for a batch of customers created together (demo data, imports), beside the
 * {@link CustomerCreated} of each, so that bulk work is audited once per batch and listeners that
 * handle each member can do so in one go.
 *
 * @param batchId the id shared by the batch's {@link CustomerCreated} events
 * @param members each customer of the batch with its owner and contacts (ids only)
 */
public record CustomersCreated(UUID batchId, int customers, int contacts, UUID actorId, String source,
		List<Member> members) {

	public CustomersCreated {
		members = members == null ? List.of() : List.copyOf(members);
	}

	public CustomersCreated(UUID batchId, int customers, int contacts, UUID actorId, String source) {
		this(batchId, customers, contacts, actorId, source, List.of());
	}

	/** One customer of the batch, created at version 1 with its contacts (each at version 1). */
	public record Member(UUID customerId, UUID ownerId, List<UUID> contactIds) {

		public Member {
			contactIds = List.copyOf(contactIds);
		}

	}

}
