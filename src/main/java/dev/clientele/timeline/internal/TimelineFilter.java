package dev.clientele.timeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.Violations;
import dev.clientele.timeline.TimelineQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the timeline on a page: kinds, a range of days the entries occurred on (both
 * inclusive, in the server's time zone) and whether the correction trail shows.
 */
public class TimelineFilter {

	static final int PAGE_SIZE = 20;

	private List<String> kind = new ArrayList<>();

	private String from;

	private String to;

	private boolean trail;

	/**
	 * The query of one page.
	 *
	 * @throws dev.clientele.shared.InvalidInputException on {@code from} or {@code to} if one is no date
	 */
	TimelineQuery query(UUID customerId, String cursor) {
		Violations violations = new Violations();
		LocalDate first = date(from, "from", violations);
		LocalDate last = date(to, "to", violations);
		violations.throwIfAny();
		Instant occurredFrom = first == null ? null : first.atStartOfDay(EntryForm.ZONE).toInstant();
		Instant occurredTo = last == null ? null : last.plusDays(1).atStartOfDay(EntryForm.ZONE).toInstant();
		return new TimelineQuery(customerId, Set.copyOf(kind), occurredFrom, occurredTo, null, trail, PAGE_SIZE,
				cursor == null || cursor.isBlank() ? null : cursor);
	}

	/** The URL of the entries after {@code cursor}, with the same filters. */
	String next(UUID customerId, String cursor) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/customers/{id}/timeline/entries");
		kind.forEach(k -> url.queryParam("kind", k));
		if (from != null && !from.isBlank()) {
			url.queryParam("from", from);
		}
		if (to != null && !to.isBlank()) {
			url.queryParam("to", to);
		}
		if (trail) {
			url.queryParam("trail", true);
		}
		return url.queryParam("cursor", cursor).encode().buildAndExpand(customerId).toUriString();
	}

	private static LocalDate date(String value, String path, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			violations.add(path, "timeline.dateInvalid");
			return null;
		}
	}

	public boolean shows(String key) {
		return kind.contains(key);
	}

	public List<String> getKind() {
		return kind;
	}

	public void setKind(List<String> kind) {
		this.kind = kind == null ? new ArrayList<>() : kind;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public boolean isTrail() {
		return trail;
	}

	public void setTrail(boolean trail) {
		this.trail = trail;
	}

}
