package dev.clientele.customer.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.Permission;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.CustomersAsOf;
import dev.clientele.customer.RecordVersion;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads customers' past: one version, the version in force at an instant, a list as recorded at
 * an instant, the content to restore.
 */
@Component
class CustomerHistory {

	private final CustomerRepository customers;

	private final VersionRepositories versions;

	private final CustomerAsOfQuery listAsOf;

	CustomerHistory(CustomerRepository customers, VersionRepositories versions, CustomerAsOfQuery listAsOf) {
		this.customers = customers;
		this.versions = versions;
		this.listAsOf = listAsOf;
	}

	CustomersAsOf list(CustomerQuery query, Instant at, Access access) {
		access.require(Permission.CUSTOMER_READ);
		return listAsOf.page(query, at, access);
	}

	List<RecordVersion> versions(UUID id, Access access) {
		access.require(Permission.CUSTOMER_READ);
		if (customers.find(id, access.visibleOwners()).isEmpty()) {
			return List.of();
		}
		return versions.customers().list(id).stream().map(v -> shown(v, access)).toList();
	}

	Optional<RecordVersion> version(UUID id, int version, Access access) {
		access.require(Permission.CUSTOMER_READ);
		if (customers.find(id, access.visibleOwners()).isEmpty()) {
			return Optional.empty();
		}
		return versions.customers().find(id, version).map(v -> shown(v, access));
	}

	Optional<RecordVersion> asOf(UUID id, Instant at, Access access) {
		access.require(Permission.CUSTOMER_READ);
		if (customers.find(id, access.visibleOwners()).isEmpty()) {
			return Optional.empty();
		}
		return versions.customers()
			.asOf(id, at)
			.filter(v -> ProfileJson.JSON.readTree(v.snapshot()).path("deletedAt").isNull())
			.map(v -> shown(v, access));
	}

	/** The input that writes a version's content again. */
	CustomerInput inputOf(UUID id, int version) {
		RecordVersion old = versions.customers().find(id, version).orElseThrow(() -> new NotFoundException("Version"));
		return input((ObjectNode) ProfileJson.JSON.readTree(old.snapshot()));
	}

	/** The input that would write a snapshot's content. */
	static CustomerInput input(ObjectNode content) {
		content.remove("deletedAt");
		for (JsonNode phone : content.path("phones")) {
			((ObjectNode) phone).remove("e164");
		}
		// a stored snapshot reads back whole; today's rules then judge it like any input
		return JsonInput.customer(content, new Violations());
	}

	static RecordVersion shown(RecordVersion v, Access access) {
		return new RecordVersion(v.recordId(), v.version(), FieldView.snapshot(v.snapshot(), access, ""),
				FieldView.changes(v.changes(), access, ""), v.actorId(), v.actorName(), v.recordedAt(), v.source(),
				v.reason());
	}

}
