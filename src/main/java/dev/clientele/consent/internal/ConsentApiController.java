package dev.clientele.consent.internal;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.consent.Channel;
import dev.clientele.consent.Consent;
import dev.clientele.consent.ConsentManagement;
import dev.clientele.consent.ConsentStatus;
import dev.clientele.consent.CustomerConsents;
import dev.clientele.consent.OptInRequested;
import dev.clientele.consent.RecordConsent;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Instants;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The consent REST API: record a grant or withdrawal per channel, read consents and history, send a double opt-in. */
@RestController
class ConsentApiController {

	private final ConsentManagement consents;

	private final MessageSource messages;

	ConsentApiController(ConsentManagement consents, MessageSource messages) {
		this.consents = consents;
		this.messages = messages;
	}

	@GetMapping("/api/v1/customers/{id}/consents")
	@RequiresPermission(Permission.CUSTOMER_READ)
	CustomerConsents consents(@PathVariable String id) {
		return consents.of(customer(id));
	}

	@PutMapping(path = "/api/v1/customers/{id}/consents/{channel}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.CONSENT_WRITE)
	Consent record(@PathVariable String id, @PathVariable String channel, @RequestBody JsonNode body) {
		UUID customerId = customer(id);
		if (body == null || !body.isObject()) {
			throw InvalidInputException.of("", "body.notObject");
		}
		Violations violations = new Violations();
		Channel parsedChannel = Channel.fromKey(channel).orElse(null);
		if (parsedChannel == null) {
			violations.add("channel", "consent.channelUnknown");
		}
		String status = text(body, "status", violations);
		ConsentStatus parsedStatus = status == null ? null : ConsentStatus.fromKey(status).orElse(null);
		if (status != null && (parsedStatus == null || parsedStatus == ConsentStatus.PENDING)) {
			violations.add("status", "consent.statusInvalid");
		}
		else if (status == null && !body.has("status")) {
			violations.add("status", "field.required");
		}
		String source = text(body, "source", violations);
		String at = text(body, "at", violations);
		Instant parsedAt = null;
		if (at != null) {
			try {
				parsedAt = Instants.parse(at, "at");
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.violations());
			}
		}
		UUID contactId = contactId(body, violations);
		if (!violations.isEmpty()) {
			consents.of(customerId); // out of scope is 404 before any 400
			violations.throwIfAny();
		}
		return consents.record(new RecordConsent(customerId, contactId, parsedChannel, parsedStatus, source, parsedAt));
	}

	/**
	 * Sends a double opt-in email: 202 with the pending consent once it went out; 200 with the
	 * consent when it was granted already (nothing sent); 503 when the mail server could not take
	 * it now; 400 naming {@code email} when the address has none or is refused for good.
	 */
	@PostMapping("/api/v1/customers/{id}/consents/email/opt-in")
	@RequiresPermission(Permission.CONSENT_WRITE)
	ResponseEntity<?> optIn(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		UUID customerId = customer(id);
		Violations violations = new Violations();
		UUID contactId = body == null || !body.isObject() ? null : contactId(body, violations);
		violations.throwIfAny();
		OptInRequested requested = consents.requestOptIn(customerId, contactId);
		if (requested.mail() == null) {
			return ResponseEntity.ok(requested);
		}
		if (requested.mail().isPermanentFailure()) {
			throw InvalidInputException.of("email", "consent.emailRefused");
		}
		if (requested.mail().isTemporaryFailure()) {
			Locale locale = LocaleContextHolder.getLocale();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					messages.getMessage("consent.mailUnavailable", null, locale));
			problem.setType(URI.create("https://clientele.dev/problems/mail-unavailable"));
			problem.setTitle(messages.getMessage("consent.mailUnavailable.title", null, locale));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.accepted().body(requested);
	}

	private static String text(JsonNode body, String field, Violations violations) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			violations.add(field, "json.string");
			return null;
		}
		return node.asString();
	}

	private static UUID contactId(JsonNode body, Violations violations) {
		String text = text(body, "contactId", violations);
		if (text == null) {
			return null;
		}
		return Ids.parse(text).orElseGet(() -> {
			violations.add("contactId", "contact.notOfCustomer");
			return null;
		});
	}

	private static UUID customer(String id) {
		return Ids.parse(id).orElseThrow(() -> new NotFoundException("Customer"));
	}

}
