package dev.clientele.customer.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.CustomersAsOf;
import dev.clientele.customer.RecordVersion;
import dev.clientele.filter.FilterEvaluator;
import dev.clientele.filter.FilterField;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists customers as they were recorded at an instant, with the live list's filter, keyword and
 * sort. The live tables only know the present, so every customer's version in force then is read
 * from the version rows (in scope, streamed) and judged in memory: correct, and slower than the
 * live list. The past does not change, so the pages are cut by position.
 */
@Component
class CustomerAsOfQuery {

	private static final String VERSIONS = """
			select v.customer_id, v.version, v.snapshot, v.changes, v.actor_id, u.name as actor_name, v.recorded_at,
			       v.source, v.reason, m.first_at
			from (select customer_id, max(version) as version, min(recorded_at) as first_at
			      from customer_version where recorded_at <= ? group by customer_id) m
			join customer_version v on v.customer_id = m.customer_id and v.version = m.version
			join customers c on c.id = m.customer_id and c.erased_at is null
			join users u on u.id = v.actor_id""";

	private static final String CONTACTS = """
			select k.customer_id, v.snapshot
			from (select contact_id, max(version) as version from contact_version where recorded_at <= ? group by contact_id) m
			join contact_version v on v.contact_id = m.contact_id and v.version = m.version
			join contacts k on k.id = m.contact_id
			join customers c on c.id = k.customer_id and c.erased_at is null""";

	private final JdbcTemplate jdbc;

	private final CustomerCatalog catalog;

	private final java.time.ZoneId zone;

	CustomerAsOfQuery(JdbcTemplate jdbc, CustomerCatalog catalog, java.time.Clock clock) {
		this.zone = clock.getZone();
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(500);
		this.catalog = catalog;
	}

	CustomersAsOf page(CustomerQuery query, Instant at, Access access) {
		if (query.limit() < 1 || query.limit() > CustomerQuery.MAX_LIMIT) {
			throw InvalidInputException.of("limit", "list.limit", CustomerQuery.MAX_LIMIT);
		}
		Plan plan = plan(query, at, access);
		int offset = offset(query.cursor());
		PriorityQueue<Match> kept = new PriorityQueue<>(plan.order.reversed());
		int keep = offset + query.limit() + 1;
		long matched = matches(plan, at, access, match -> {
			kept.add(match);
			if (kept.size() > keep) {
				kept.poll();
			}
		});
		List<Match> sorted = new ArrayList<>(kept);
		sorted.sort(plan.order);
		List<RecordVersion> page = sorted.stream()
			.skip(offset)
			.limit(query.limit())
			.map(m -> CustomerHistory.shown(m.version, access))
			.toList();
		String next = sorted.size() > offset + query.limit() ? cursor(offset + query.limit()) : null;
		return new CustomersAsOf(page, next, matched);
	}

	/**
	 * Every match, in the query's order; without a sort in the order the versions are read, at
	 * constant memory, with a sort after sorting them all.
	 */
	long each(CustomerQuery query, Instant at, Access access, java.util.function.Consumer<RecordedMatch> sink) {
		Plan plan = plan(query, at, access);
		boolean sorted = query.sort() != null && !query.sort().isBlank();
		if (!sorted) {
			return matches(plan, at, access, m -> sink.accept(recordedMatch(m, access)));
		}
		List<Match> all = new ArrayList<>();
		long matched = matches(plan, at, access, all::add);
		all.sort(plan.order);
		all.forEach(m -> sink.accept(recordedMatch(m, access)));
		return matched;
	}

	private static RecordedMatch recordedMatch(Match match, Access access) {
		return new RecordedMatch(CustomerHistory.shown(match.version, access), match.firstRecordedAt);
	}

	/** A customer's version in force at the instant, with when the customer was first recorded. */
	record RecordedMatch(RecordVersion version, Instant firstRecordedAt) {
	}

	private Plan plan(CustomerQuery query, Instant at, Access access) {
		Map<String, FilterField> fields = catalog.fields();
		List<String> filtered = ReadableFields.named(query.filter());
		requireRecorded(filtered, "filter");
		ReadableFields.requireReadable(filtered, access);
		// withinLastDays counts back from the instant the list is as of, as the list would have then
		FilterEvaluator filter = FilterEvaluator.of(query.filter(), fields, java.time.Clock.fixed(at, zone));
		Keyword keyword = Keyword.parse(query.keyword());
		Set<Character> kinds = keyword == null ? Set.of() : ReadableFields.searchableKinds(access);
		List<SortKey> sort = SortKey.parse(query.sort() == null || query.sort().isBlank() ? "-updatedAt"
				: query.sort().replace(" ", ""), fields);
		List<String> sortNames = sort.stream().map(SortKey::name).toList();
		requireRecorded(sortNames, "sort");
		ReadableFields.requireReadable(sortNames, access);
		Map<UUID, List<String>> contactNames = keyword != null && kinds.contains(SearchKeys.CONTACT)
				? contactNames(at, access) : Map.of();
		return new Plan(query.deleted(), fields, filter, keyword, kinds, sort, order(sort), contactNames);
	}

	private long matches(Plan plan, Instant at, Access access, java.util.function.Consumer<Match> sink) {
		long[] matched = { 0 };
		stream(at, access, (version, recorded) -> {
			if (recorded.deleted() != plan.deleted
					|| !plan.filter.matches(field -> recorded.values(field, plan.fields.get(field).type()))) {
				return;
			}
			if (plan.keyword != null && !plan.keyword.matchesAny(SearchKeys.of(recorded.name(),
					plan.contactNames.getOrDefault(recorded.id(), List.of()), recorded.emails(), recorded.e164Phones())
				.keySet(), plan.kinds)) {
				return;
			}
			matched[0]++;
			List<Object> values = new ArrayList<>();
			plan.sort.forEach(key -> {
				List<Object> all = recorded.values(key.name(), key.type());
				values.add(all.isEmpty() ? null : all.get(0));
			});
			sink.accept(new Match(version, values, recorded.firstRecordedAt()));
		});
		return matched[0];
	}

	private record Plan(boolean deleted, Map<String, FilterField> fields, FilterEvaluator filter, Keyword keyword,
			Set<Character> kinds, List<SortKey> sort, Comparator<Match> order, Map<UUID, List<String>> contactNames) {
	}

	private interface VersionSink {

		void accept(RecordVersion version, RecordedCustomer recorded);

	}

	private void stream(Instant at, Access access, VersionSink sink) {
		List<Object> args = new ArrayList<>(List.of(utc(at)));
		String sql = VERSIONS + scope(access, args);
		jdbc.query(sql, rs -> {
			String snapshot = rs.getString("snapshot");
			ObjectNode recorded = (ObjectNode) ProfileJson.JSON.readTree(snapshot);
			RecordVersion version = new RecordVersion(rs.getObject("customer_id", UUID.class), rs.getInt("version"),
					snapshot, ProfileJson.readChanges(rs.getString("changes"), recorded), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), instant(rs, "recorded_at"), rs.getString("source"), rs.getString("reason"));
			sink.accept(version, new RecordedCustomer(version.recordId(), recorded, instant(rs, "first_at"),
					version.recordedAt()));
		}, args.toArray());
	}

	/** The names of each customer's contacts as recorded then, leaving out contacts deleted by then. */
	private Map<UUID, List<String>> contactNames(Instant at, Access access) {
		List<Object> args = new ArrayList<>(List.of(utc(at)));
		Map<UUID, List<String>> names = new HashMap<>();
		jdbc.query(CONTACTS + scope(access, args), rs -> {
			var snapshot = ProfileJson.JSON.readTree(rs.getString("snapshot"));
			if (snapshot.path("deletedAt").isNull() || snapshot.path("deletedAt").isMissingNode()) {
				names.computeIfAbsent(rs.getObject("customer_id", UUID.class), id -> new ArrayList<>())
					.add(snapshot.path("name").asString(""));
			}
		}, args.toArray());
		return names;
	}

	/** Today's scope decides whose past a reader sees, as it does for one customer's history. */
	private static String scope(Access access, List<Object> args) {
		if (access.seesAllCustomers()) {
			return "";
		}
		if (access.visibleOwners().isEmpty()) {
			return " where 1 = 0";
		}
		args.addAll(access.visibleOwners());
		return " where c.owner_id in (" + String.join(", ", java.util.Collections.nCopies(access.visibleOwners().size(), "?"))
				+ ")";
	}

	private static void requireRecorded(List<String> names, String parameter) {
		Violations violations = new Violations();
		names.stream()
			.filter(name -> !RecordedCustomer.recorded(name))
			.distinct()
			.forEach(name -> violations.add(parameter, "list.notRecorded", name));
		violations.throwIfAny();
	}

	/** The sort keys in order, nulls last either way, then the id in the last key's direction. */
	private static Comparator<Match> order(List<SortKey> keys) {
		Comparator<Match> order = (a, b) -> 0;
		for (int i = 0; i < keys.size(); i++) {
			int index = i;
			Comparator<Object> values = SortValues.comparator(keys.get(i).descending());
			order = order.thenComparing(m -> m.sortValues.get(index), values);
		}
		Comparator<Match> byId = Comparator.comparing(m -> m.version.recordId());
		return order.thenComparing(keys.get(keys.size() - 1).descending() ? byId.reversed() : byId);
	}

	private static int offset(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("asof:")) {
				int offset = Integer.parseInt(text.substring(5));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw InvalidInputException.of("cursor", "cursor.invalid");
	}

	private static String cursor(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("asof:" + offset).getBytes(StandardCharsets.UTF_8));
	}

	private record Match(RecordVersion version, List<Object> sortValues, Instant firstRecordedAt) {
	}

	/** Orders one sort key's values: nulls after every value, whichever the direction. */
	private static final class SortValues {

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static Comparator<Object> comparator(boolean descending) {
			Comparator<Object> natural = (a, b) -> ((Comparable) a).compareTo(b);
			return Comparator.nullsLast(descending ? natural.reversed() : natural);
		}

	}

}
