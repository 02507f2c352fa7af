package dev.clientele.customer.internal;

import java.util.Set;
import java.util.UUID;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A rep leaves: {@code POST /api/v1/users/{id}/handover {"to": "<user id>"}} moves all their customers. */
@RestController
class HandoverApiController {

	private final CustomerManagement customers;

	private final UserManagement users;

	HandoverApiController(CustomerManagement customers, UserManagement users) {
		this.customers = customers;
		this.users = users;
	}

	/** How many customers changed hands. */
	record HandedOver(int customers) {
	}

	@RequiresPermission(Permission.CUSTOMER_TRANSFER)
	@PostMapping(path = "/api/v1/users/{id}/handover", consumes = MediaType.APPLICATION_JSON_VALUE)
	HandedOver handOver(@PathVariable String id, @RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("to"), Set.of(), violations);
		UUID to = violations.isEmpty() ? JsonFields.id(body, "to", violations) : null;
		if (violations.isEmpty() && to == null) {
			violations.add("to", "field.required");
		}
		violations.throwIfAny();
		UUID from = Ids.parse(id).orElseThrow(() -> new NotFoundException("User"));
		return new HandedOver(customers.handOver(from, to, new WriteContext(users.currentActor(), Source.system("handover"))));
	}

}
