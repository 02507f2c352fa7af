package dev.clientele.customer.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.CustomersAsOf;
import dev.clientele.customer.MatchCount;
import dev.clientele.customer.RecordVersion;
import dev.clientele.customer.UpdateCustomer;
import dev.clientele.filter.FilterParser;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.Instants;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The customer REST API: {@code /api/v1/customers}. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApiController {

	static final String MERGE_PATCH = "application/merge-patch+json";

	static final String REASON_HEADER = "X-Clientele-Reason";

	private final CustomerManagement customers;

	private final CustomerService service;

	private final UserManagement users;

	private final CustomerRepresentations representations;

	CustomerApiController(CustomerManagement customers, CustomerService service, UserManagement users,
			CustomerRepresentations representations) {
		this.representations = representations;
		this.customers = customers;
		this.service = service;
		this.users = users;
	}

	@RequiresPermission(Permission.CUSTOMER_CREATE)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body,
			@RequestHeader(name = REASON_HEADER, required = false) String reason) {
		Violations violations = new Violations();
		JsonInput.checkNames(body, JsonInput.CUSTOMER_FIELDS, false, violations);
		CustomerInput input = violations.isEmpty() ? JsonInput.customer(body, violations) : null;
		violations.throwIfAny();
		Customer customer = customers.create(new CreateCustomer(input, context(reason)));
		return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
			.body(CustomerJson.customer(customer));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/{id}")
	ObjectNode get(@PathVariable String id, @RequestParam(required = false) String asOf) {
		if (asOf != null) {
			// an erased customer answers 410, as it does live
			customers.findIncludingDeleted(id(id)).orElseThrow(CustomerApiController::notFound);
			RecordVersion then = customers.asOf(id(id), Instants.parse(asOf, "asOf")).orElseThrow(CustomerApiController::notFound);
			return CustomerJson.asRecorded(then);
		}
		Customer customer = customers.find(id(id)).orElseThrow(CustomerApiController::notFound);
		return withFacts(List.of(CustomerJson.customer(customer))).get(0);
	}

	@RequiresPermission(Permission.CUSTOMER_UPDATE)
	@PostMapping("/{id}/versions/{version}/restore")
	ObjectNode restoreVersion(@PathVariable String id, @PathVariable int version,
			@RequestBody(required = false) JsonNode body,
			@RequestHeader(name = REASON_HEADER, required = false) String reason) {
		Customer current = service.findForWrite(id(id)).orElseThrow(CustomerApiController::notFound);
		customers.version(current.id(), version).orElseThrow(() -> new NotFoundException("Version"));
		int expected = current.version();
		if (body != null && !body.isNull()) {
			Violations violations = new Violations();
			JsonFields.checkNames(body, Set.of("version"), Set.of(), violations);
			JsonNode given = body.get("version");
			if (given != null && !given.canConvertToInt()) {
				violations.add("version", "patch.versionRequired");
			}
			violations.throwIfAny();
			expected = given == null ? expected : given.intValue();
		}
		return CustomerJson.customer(customers.restoreVersion(current.id(), version, expected, context(reason)));
	}

	@RequiresPermission(Permission.CUSTOMER_UPDATE)
	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE })
	ObjectNode patch(@PathVariable String id, @RequestBody JsonNode patch,
			@RequestHeader(name = REASON_HEADER, required = false) String reason) {
		Customer current = service.findForWrite(id(id)).orElseThrow(CustomerApiController::notFound);
		Violations violations = new Violations();
		JsonInput.checkNames(patch, JsonInput.CUSTOMER_FIELDS, true, violations);
		violations.throwIfAny();
		ObjectNode changes = ((ObjectNode) patch).deepCopy();
		int version = changes.remove("version").intValue();
		JsonNode merged = JsonInput.mergePatch(CustomerJson.writable(current), changes);
		CustomerInput input = JsonInput.customer(merged, violations);
		violations.throwIfAny();
		return CustomerJson.customer(customers.update(new UpdateCustomer(current.id(), version, input, context(reason))));
	}

	@RequiresPermission(Permission.CUSTOMER_DELETE)
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, @RequestHeader(name = REASON_HEADER, required = false) String reason) {
		customers.delete(id(id), context(reason));
	}

	@RequiresPermission(Permission.CUSTOMER_DELETE)
	@PostMapping("/{id}/restore")
	ObjectNode restore(@PathVariable String id, @RequestHeader(name = REASON_HEADER, required = false) String reason) {
		return CustomerJson.customer(customers.restore(id(id), context(reason)));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping
	ObjectNode list(@RequestParam(required = false) String q, @RequestParam(required = false) String filter,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "false") boolean deleted,
			@RequestParam(defaultValue = "false") boolean count, @RequestParam(required = false) String asOf) {
		CustomerQuery query = new CustomerQuery(q, FilterParser.parse(filter, "filter"), sort, limit, cursor, deleted);
		if (asOf != null) {
			CustomersAsOf then = customers.listAsOf(query, Instants.parse(asOf, "asOf"));
			Slice<ObjectNode> items = new Slice<>(then.items().stream().map(CustomerJson::asRecorded).toList(), then.next());
			return CustomerJson.page(items, count ? new MatchCount(then.matched(), true) : null);
		}
		Slice<Customer> page = customers.list(query);
		MatchCount total = count ? customers.count(query) : null;
		List<ObjectNode> items = representations.json(page.items());
		return CustomerJson.page(new Slice<>(items, page.next()), total);
	}

	private List<ObjectNode> withFacts(List<ObjectNode> customers) {
		return representations.withFacts(customers);
	}

	/** The whole value of one masked field, audited. */
	record Revealed(String field, JsonNode value) {
	}

	@RequiresPermission(Permission.CUSTOMER_REVEAL)
	@PostMapping(path = "/{id}/reveal", consumes = MediaType.APPLICATION_JSON_VALUE)
	Revealed reveal(@PathVariable String id, @RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("field"), Set.of(), violations);
		String field = violations.isEmpty() ? JsonFields.text(body, "field", violations) : null;
		if (violations.isEmpty() && field == null) {
			violations.add("field", "field.required");
		}
		violations.throwIfAny();
		return new Revealed(field, ProfileJson.JSON.readTree(customers.reveal(id(id), field)));
	}

	@GetMapping("/filter-fields")
	List<String> filterFields() {
		return customers.filterFields();
	}


	private WriteContext context(String reason) {
		return new WriteContext(users.currentActor(), Source.API, reason);
	}

	static UUID id(String text) {
		return Ids.parse(text).orElseThrow(CustomerApiController::notFound);
	}

	static NotFoundException notFound() {
		return new NotFoundException("Customer");
	}

}
