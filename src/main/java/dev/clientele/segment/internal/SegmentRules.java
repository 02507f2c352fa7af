package dev.clientele.segment.internal;

import java.util.List;
import java.util.UUID;

import dev.clientele.filter.Filter;
import dev.clientele.filter.FilterOp;
import dev.clientele.filter.FilterParser;
import dev.clientele.segment.Segment;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violations;

/** The rules of segment and view input, and the filter a segment's members are read by. */
final class SegmentRules {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 1000;

	private SegmentRules() {
	}

	/** Checks a name (required) and a description (optional), collecting what is wrong. */
	static void checkTexts(String name, String description, Violations violations) {
		if (name == null || name.isBlank()) {
			violations.add("name", "field.required");
		}
		else if (name.strip().length() > MAX_NAME) {
			violations.add("name", "field.tooLong", MAX_NAME);
		}
		if (description != null && description.strip().length() > MAX_DESCRIPTION) {
			violations.add("description", "field.tooLong", MAX_DESCRIPTION);
		}
	}

	/**
	 * The filter parsed, its violations added under {@code filter...}; {@link Filter#ALL} for blank
	 * text or a bad filter.
	 */
	static Filter parse(String filter, Violations violations) {
		try {
			return FilterParser.parse(filter, "filter");
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
			return Filter.ALL;
		}
	}

	/** Whom a segment's members are read by: a dynamic segment's filter, or a snapshot's membership. */
	static Filter members(Segment segment) {
		if (segment.snapshot()) {
			return snapshotMembers(segment.id());
		}
		return FilterParser.parse(segment.filter(), "filter");
	}

	static Filter snapshotMembers(UUID snapshotId) {
		return new Filter.Condition("filter", SegmentFilterFields.SNAPSHOT, FilterOp.EQ, List.of(snapshotId.toString()));
	}

	/** The same filter as JSON text, for the export. */
	static String membersJson(Segment segment) {
		if (segment.snapshot()) {
			return "{\"field\":\"" + SegmentFilterFields.SNAPSHOT + "\",\"op\":\"eq\",\"value\":\"" + segment.id() + "\"}";
		}
		return segment.filter();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
