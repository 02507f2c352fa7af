package dev.clientele.audit.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.audit.AuditEntry;
import dev.clientele.audit.AuditTrail;
import dev.clientele.shared.Violations;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The auditor's page: entries newest first, filtered by actor, action, entity and dates, paged by
 * sequence number, and a check of the whole chain.
 */
@PageController
class AuditPageController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	private final UserManagement users;

	private final MessageSource messages;

	private final ZoneId zone = ZoneId.systemDefault();

	AuditPageController(AuditTrail audit, UserManagement users, MessageSource messages) {
		this.audit = audit;
		this.users = users;
		this.messages = messages;
	}

	/** The filters as typed: an actor's login, an action, an entity, dates (yyyy-MM-dd) and the page. */
	record Filters(String actor, String action, String entity, String from, String to, Long before) {

		/** The link to the next (older) page with the same filters. */
		String olderLink(long seq) {
			StringBuilder link = new StringBuilder("/audit?before=").append(seq);
			append(link, "actor", actor);
			append(link, "action", action);
			append(link, "entity", entity);
			append(link, "from", from);
			append(link, "to", to);
			return link.toString();
		}

		private static void append(StringBuilder link, String name, String value) {
			if (value != null && !value.isBlank()) {
				link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}

	}

	@RequiresPermission(Permission.AUDIT_READ)
	@GetMapping("/audit")
	String entries(@ModelAttribute("filters") Filters filters, Model model, Locale locale) {
		Violations violations = new Violations();
		UUID actorId = actor(filters.actor(), violations);
		Instant from = startOf(filters.from(), "from", 0, violations);
		Instant to = startOf(filters.to(), "to", 1, violations);
		List<AuditEntry> entries = violations.isEmpty() ? audit.entries(actorId, blank(filters.action()),
				blank(filters.entity()), null, from, to, filters.before(), PAGE_SIZE + 1) : List.of();
		boolean more = entries.size() > PAGE_SIZE;
		List<AuditEntry> shown = more ? entries.subList(0, PAGE_SIZE) : entries;
		model.addAttribute("entries", shown);
		model.addAttribute("actors", users.findAll(shown.stream().map(AuditEntry::actorId).filter(Objects::nonNull)
			.distinct().toList()));
		model.addAttribute("older", more ? filters.olderLink(shown.get(PAGE_SIZE - 1).seq()) : null);
		model.addAttribute("errors", FormErrors.of(violations.list(), messages, locale));
		return "audit/list";
	}

	@RequiresPermission(Permission.AUDIT_READ)
	@GetMapping("/audit/verify")
	String verify(Model model, Locale locale) {
		Filters none = new Filters(null, null, null, null, null, null);
		model.addAttribute("verification", audit.verify());
		model.addAttribute("filters", none);
		return entries(none, model, locale);
	}

	/** The id of the user with that login, if a login is given. */
	private UUID actor(String login, Violations violations) {
		if (blank(login) == null) {
			return null;
		}
		return users.findByLogin(login.strip()).map(User::id).orElseGet(() -> {
			violations.add("actor", "audit.actor.unknown", login.strip());
			return null;
		});
	}

	/** The start of a day in the server's time zone, {@code plusDays} later (the day after, for an end). */
	private Instant startOf(String date, String field, int plusDays, Violations violations) {
		if (blank(date) == null) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "audit.date");
			return null;
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
