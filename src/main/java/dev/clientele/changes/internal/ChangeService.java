package dev.clientele.changes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.changes.Change;
import dev.clientele.changes.ChangeFeed;
import dev.clientele.changes.ChangePage;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change log for a reader: data scope and the contact permission in the query, hidden
 * field names left out of each change. A cursor is the sequence number of the last change read.
 */
@Service
class ChangeService implements ChangeFeed {

	private static final Pattern CURSOR = Pattern.compile("[0-9]{1,18}");

	private final ChangeLog log;

	private final AccessManagement access;

	private final UserManagement users;

	ChangeService(ChangeLog log, AccessManagement access, UserManagement users) {
		this.log = log;
		this.access = access;
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public ChangePage changes(String cursor, int limit) {
		Access reader = access.current();
		reader.require(Permission.CUSTOMER_READ);
		Violations violations = new Violations();
		long after = 0;
		if (cursor != null) {
			if (CURSOR.matcher(cursor).matches()) {
				after = Long.parseLong(cursor);
			}
			else {
				violations.add("cursor", "cursor.invalid");
			}
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			violations.add("limit", "list.limit", MAX_LIMIT);
		}
		violations.throwIfAny();
		if (after > log.head()) {
			throw InvalidInputException.of("cursor", "cursor.invalid");
		}
		Page page = read(after, limit, reader);
		return new ChangePage(page.items(), Long.toString(page.next()));
	}

	@Override
	@Transactional(readOnly = true)
	public String now() {
		access.current().require(Permission.CUSTOMER_READ);
		return Long.toString(log.head());
	}

	/** The end of the feed now, for a stream that starts there. */
	long head() {
		return log.head();
	}

	/**
	 * A cursor or {@code Last-Event-ID} given by a client, checked: digits, and no further than the
	 * end of the feed (a cursor from elsewhere would skip the changes still to come).
	 */
	long parse(String cursor, String field) {
		if (!CURSOR.matcher(cursor).matches() || Long.parseLong(cursor) > log.head()) {
			throw InvalidInputException.of(field, "cursor.invalid");
		}
		return Long.parseLong(cursor);
	}

	/**
	 * Up to {@code limit} changes after {@code after} that {@code reader} may see. When fewer come
	 * back, the page ends at the head read before the query, so that the next read skips the
	 * changes the reader may not see; every change up to that head had committed.
	 */
	Page read(long after, int limit, Access reader) {
		reader.require(Permission.CUSTOMER_READ);
		long head = log.head();
		List<ChangeRow> rows = log.find(after, head, reader.visibleOwners(), reader.can(Permission.CONTACT_READ), limit);
		Map<UUID, User> actors = users.findAll(rows.stream().map(ChangeRow::actorId).filter(Objects::nonNull).toList());
		List<Change> items = rows.stream().map(row -> shown(row, reader, actors)).toList();
		long next = rows.size() < limit ? Math.max(after, head) : rows.get(rows.size() - 1).seq();
		return new Page(items, next);
	}

	private static Change shown(ChangeRow row, Access reader, Map<UUID, User> actors) {
		String prefix = row.entity().equals(ChangeRow.CONTACT) ? "contact." : "";
		List<String> fields = new ArrayList<>();
		for (String field : row.fields()) {
			if (field.equals("deletedAt") || reader.field(prefix + field) != FieldAccess.HIDDEN) {
				fields.add(field);
			}
		}
		User actor = row.actorId() == null ? null : actors.get(row.actorId());
		return new Change(row.seq(), row.type(), row.recordId(), row.customerId(), row.version(), fields, row.actorId(),
				actor == null ? null : actor.name(), row.recordedAt());
	}

	record Page(List<Change> items, long next) {
	}

}
