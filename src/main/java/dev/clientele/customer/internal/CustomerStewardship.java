package dev.clientele.customer.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerFieldRevealed;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.CustomersHandedOver;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.WriteContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Looking after customers as a whole: revealing a masked field, handing a departing rep's customers over. */
@Component
class CustomerStewardship {

	private final CustomerRepository customers;

	private final VersionRepositories versions;

	private final SearchKeyRepository searchKeys;

	private final UniqueValues uniqueValues;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerStewardship(CustomerRepository customers, VersionRepositories versions, SearchKeyRepository searchKeys,
			UniqueValues uniqueValues, UserManagement users, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.versions = versions;
		this.searchKeys = searchKeys;
		this.uniqueValues = uniqueValues;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	String reveal(UUID id, String field, Access access) {
		access.require(Permission.CUSTOMER_REVEAL);
		Customer customer = customers.find(id, access.visibleOwners())
			.filter(c -> !c.deleted())
			.orElseThrow(() -> new NotFoundException("Customer"));
		FieldAccess level = access.field(field);
		if (level == FieldAccess.HIDDEN) {
			throw ForbiddenException.unreadable(List.of(field));
		}
		ObjectNode snapshot = Snapshots.customer(customer);
		JsonNode value = field.startsWith("customFields.")
				? snapshot.get("customFields").get(field.substring("customFields.".length())) : snapshot.get(field);
		if (value == null || field.equals("deletedAt") || field.equals("customFields")) {
			throw InvalidInputException.of("field", "reveal.unknownField", field);
		}
		events.publishEvent(new CustomerFieldRevealed(id, field, access.userId()));
		return value.toString();
	}

	int handOver(UUID from, UUID to, WriteContext context, Access access) {
		access.require(Permission.CUSTOMER_TRANSFER);
		if (users.find(to).filter(User::active).isEmpty() || to.equals(from)) {
			throw InvalidInputException.of("to", "customer.owner");
		}
		UUID batch = Ids.newId();
		var uniqueKeys = uniqueValues.keys();
		List<UUID> ids = customers.idsOwnedBy(from);
		for (UUID id : ids) {
			Customer current = customers.findForUpdate(id).orElseThrow();
			CustomerProfile p = current.profile();
			CustomerProfile moved = new CustomerProfile(p.kind(), p.name(), p.phones(), p.emails(), p.province(), p.city(),
					p.district(), p.address(), p.industry(), p.level(), p.source(), p.status(), to, p.tags(), p.notes(),
					p.customFields());
			Customer next = new Customer(id, moved, null, current.createdAt(), current.createdBy(),
					clock.instant().truncatedTo(ChronoUnit.MICROS), context.actor(), current.deletedAt(),
					current.version() + 1);
			if (!customers.update(next, current.version(), uniqueKeys)) {
				throw ConflictException.stale();
			}
			versions.customers().appendAll(List.of(Snapshots.version(context, next, Snapshots.customer(current))));
			events.publishEvent(new CustomerChanged(id, next.version(), context.actor(), List.of("ownerId"), batch));
		}
		searchKeys.reassignOwner(from, to);
		events.publishEvent(new CustomersHandedOver(batch, from, to, ids.size(), context.actor()));
		return ids.size();
	}

}
