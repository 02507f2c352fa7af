package dev.clientele.customer.internal;

import java.net.URI;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CreateContact;
import dev.clientele.customer.UpdateContact;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The contact REST API: under a customer for creating and listing, {@code /api/v1/contacts/{id}} for the rest. */
@RestController
class ContactApiController {

	private final ContactManagement contacts;

	private final ContactService service;

	private final UserManagement users;

	ContactApiController(ContactManagement contacts, ContactService service, UserManagement users) {
		this.contacts = contacts;
		this.service = service;
		this.users = users;
	}

	@RequiresPermission(Permission.CONTACT_CREATE)
	@PostMapping(path = "/api/v1/customers/{customerId}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ObjectNode> create(@PathVariable String customerId, @RequestBody JsonNode body,
			@RequestHeader(name = CustomerApiController.REASON_HEADER, required = false) String reason) {
		Violations violations = new Violations();
		JsonInput.checkNames(body, JsonInput.CONTACT_FIELDS, false, violations);
		ContactInput input = violations.isEmpty() ? JsonInput.contact(body, violations) : null;
		violations.throwIfAny();
		Contact contact = contacts.create(new CreateContact(CustomerApiController.id(customerId), input, context(reason)));
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id())).body(CustomerJson.contact(contact));
	}

	@RequiresPermission(Permission.CONTACT_READ)
	@GetMapping("/api/v1/customers/{customerId}/contacts")
	ArrayNode list(@PathVariable String customerId) {
		ArrayNode array = ProfileJson.JSON.createArrayNode();
		contacts.listByCustomer(CustomerApiController.id(customerId)).forEach(c -> array.add(CustomerJson.contact(c)));
		return array;
	}

	@RequiresPermission(Permission.CONTACT_READ)
	@GetMapping("/api/v1/contacts/{id}")
	ObjectNode get(@PathVariable String id) {
		return CustomerJson.contact(contacts.find(id(id)).orElseThrow(ContactApiController::notFound));
	}

	@RequiresPermission(Permission.CONTACT_UPDATE)
	@PatchMapping(path = "/api/v1/contacts/{id}",
			consumes = { CustomerApiController.MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE })
	ObjectNode patch(@PathVariable String id, @RequestBody JsonNode patch,
			@RequestHeader(name = CustomerApiController.REASON_HEADER, required = false) String reason) {
		Contact current = service.findForWrite(id(id)).orElseThrow(ContactApiController::notFound);
		Violations violations = new Violations();
		JsonInput.checkNames(patch, JsonInput.CONTACT_FIELDS, true, violations);
		violations.throwIfAny();
		ObjectNode changes = ((ObjectNode) patch).deepCopy();
		int version = changes.remove("version").intValue();
		ContactInput input = JsonInput.contact(JsonInput.mergePatch(CustomerJson.writable(current), changes), violations);
		violations.throwIfAny();
		return CustomerJson.contact(contacts.update(new UpdateContact(current.id(), version, input, context(reason))));
	}

	@RequiresPermission(Permission.CONTACT_DELETE)
	@DeleteMapping("/api/v1/contacts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id,
			@RequestHeader(name = CustomerApiController.REASON_HEADER, required = false) String reason) {
		contacts.delete(id(id), context(reason));
	}

	@RequiresPermission(Permission.CONTACT_DELETE)
	@PostMapping("/api/v1/contacts/{id}/restore")
	ObjectNode restore(@PathVariable String id,
			@RequestHeader(name = CustomerApiController.REASON_HEADER, required = false) String reason) {
		return CustomerJson.contact(contacts.restore(id(id), context(reason)));
	}

	private WriteContext context(String reason) {
		return new WriteContext(users.currentActor(), Source.API, reason);
	}

	private static java.util.UUID id(String text) {
		return Ids.parse(text).orElseThrow(ContactApiController::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Contact");
	}

}
