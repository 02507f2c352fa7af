package dev.clientele.customer.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.MatchCount;
import dev.clientele.filter.FilterCompiler;
import dev.clientele.filter.FilterField;
import dev.clientele.filter.SqlPredicate;
import dev.clientele.filter.ValueType;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists customers: filter, keyword, sort and keyset paging compiled into one parameterised
 * query. A keyword search without an explicit sort ranks by relevance within the first
 * {@value #RANKED} key matches (counted up to {@value #CANDIDATES}), so that the first page of a very common fragment is still
 * fast; with a filter or a sort, every match is considered.
 */
@Component
class CustomerListQuery {

	static final int CANDIDATES = MatchCount.CAP + 1;

	/** How many key matches a ranked page is chosen from: enough for 100 pages, few enough to stay fast. */
	static final int RANKED = 2_000;

	private static final String RELEVANCE = "relevance";

	private static final SortKey RANK = new SortKey(RELEVANCE, "g.weight", ValueType.INTEGER, false, false, Map.of());

	private static final String COLUMNS = """
			c.id, c.kind, c.name, c.phones, c.emails, c.province, c.city, c.district, c.address, c.industry, c.level,
			c.source, c.status, c.owner_id, c.tags, c.notes, c.custom_fields, c.created_at, c.created_by, c.updated_at,
			c.updated_by, c.deleted_at, c.version, u.name as owner_name""";

	private final JdbcClient jdbc;

	private final CustomerCatalog catalog;

	private final Clock clock;

	CustomerListQuery(JdbcClient jdbc, CustomerCatalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clock = clock;
	}

	List<String> fieldNames() {
		return List.copyOf(catalog.fields().keySet());
	}

	Slice<Customer> page(CustomerQuery query, Access access) {
		if (query.limit() < 1 || query.limit() > CustomerQuery.MAX_LIMIT) {
			throw InvalidInputException.of("limit", "list.limit", CustomerQuery.MAX_LIMIT);
		}
		Plan plan = plan(query, access);
		List<SortKey> keys = plan.sort;
		Map<String, Object> params = new LinkedHashMap<>(plan.params);
		params.put("limit", query.limit() + 1);
		Cursor cursor = query.cursor() == null || query.cursor().isBlank() ? null
				: Cursor.decode(query.cursor(), plan.order, keys);
		List<Row> rows = plan.relevance ? rows(relevanceSql(plan, cursor, params), params, keys)
				: listRows(plan, cursor, params);
		String next = null;
		if (rows.size() > query.limit()) {
			Row last = rows.get(query.limit() - 1);
			next = new Cursor(plan.order, last.sortValues, last.customer.id()).encode();
			rows = rows.subList(0, query.limit());
		}
		return new Slice<>(rows.stream().map(r -> r.customer).toList(), next);
	}

	private List<Row> rows(String sql, Map<String, Object> params, List<SortKey> keys) {
		return jdbc.sql(sql).params(params).query((rs, n) -> row(rs, keys)).list();
	}

	/**
	 * The page in the plan's order. When the first key is a field of a side table (a figure, a
	 * custom field), the customers with a value come first through a join, which lets the database
	 * walk that table's index in order and stop at the page's end, then (nulls last) those without
	 * one in the order of the other keys.
	 */
	private List<Row> listRows(Plan plan, Cursor cursor, Map<String, Object> params) {
		List<SortKey> keys = plan.sort;
		boolean idDescending = keys.get(keys.size() - 1).descending();
		List<Object> after = cursor == null ? null : cursor.values();
		UUID lastId = cursor == null ? null : cursor.lastId();
		SortKey first = keys.get(0);
		if (first.side() == null) {
			return rows(listSql(plan.from, plan.where, expressions(keys), keys, after, lastId, idDescending, params), params,
					keys);
		}
		SortKey.Side side = first.side();
		List<SortKey> rest = keys.subList(1, keys.size());
		int limit = (Integer) params.get("limit");
		List<Row> rows = new ArrayList<>();
		boolean inValues = after == null || after.get(0) != null;
		if (inValues) {
			List<SortKey> joined = new ArrayList<>(keys);
			joined.set(0, first.joined());
			List<String> where = new ArrayList<>(plan.where);
			where.add(side.column() + " is not null");
			Map<String, Object> valued = new LinkedHashMap<>(params);
			rows.addAll(rows(listSql(plan.from + " join " + side.table() + " on " + side.condition(), where,
					expressions(joined), joined, after, lastId, idDescending, valued), valued, keys));
		}
		if (rows.size() < limit) {
			List<String> where = new ArrayList<>(plan.where);
			where.add("not " + side.present());
			List<String> selected = new ArrayList<>(List.of("null"));
			selected.addAll(expressions(rest));
			Map<String, Object> empty = new LinkedHashMap<>(params);
			empty.put("limit", limit - rows.size());
			List<Object> restAfter = inValues ? null : after.subList(1, after.size());
			rows.addAll(rows(listSql(plan.from, where, selected, rest, restAfter, inValues ? null : lastId, idDescending,
					empty), empty, keys));
		}
		return rows;
	}

	private static List<String> expressions(List<SortKey> keys) {
		return keys.stream().map(SortKey::expression).toList();
	}

	/**
	 * @param selected the sort values to select, as {@code sk0, sk1, ...}
	 * @param order the keys to order by, before the id
	 * @param after the last row's values of {@code order}, or {@code null} from the start
	 */
	private static String listSql(String from, List<String> conditions, List<String> selected, List<SortKey> order,
			List<Object> after, UUID lastId, boolean idDescending, Map<String, Object> params) {
		List<String> where = new ArrayList<>(conditions);
		if (lastId != null) {
			where.add(Keyset.after(order, after, lastId, idDescending, "c.id", params));
		}
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS);
		for (int i = 0; i < selected.size(); i++) {
			sql.append(", ").append(selected.get(i)).append(" as sk").append(i);
		}
		sql.append(" from ").append(from).append(" where ").append(String.join(" and ", where)).append(" order by ");
		for (SortKey key : order) {
			sql.append(key.orderBy()).append(", ");
		}
		return sql.append("c.id").append(idDescending ? " desc" : " asc").append(" fetch first :limit rows only").toString();
	}

	/**
	 * Ranks the candidates and cuts the page before joining the customer rows, so that only the
	 * page's rows are read. Deleted customers have no search keys, so every candidate is live.
	 */
	private static String relevanceSql(Plan plan, Cursor cursor, Map<String, Object> params) {
		String after = cursor == null ? "1 = 1"
				: Keyset.after(List.of(RANK), cursor.values(), cursor.lastId(), false, "g.customer_id", params);
		return "select " + COLUMNS + ", h.weight as sk0 from (select customer_id, weight from (" + grouped(plan.candidates)
				+ ") g where " + after + " order by weight, customer_id fetch first :limit rows only) h"
				+ " join customers c on c.id = h.customer_id join users u on u.id = c.owner_id"
				+ " order by h.weight, h.customer_id";
	}

	private static String grouped(String candidates) {
		return "select customer_id, min(weight) as weight from (" + candidates + ") k group by customer_id";
	}

	/** Every live match's id in scope, ids only, in one query. */
	List<UUID> ids(dev.clientele.filter.Filter filter, Access access) {
		Plan plan = plan(new CustomerQuery(null, filter, null, CustomerQuery.DEFAULT_LIMIT, null, false), access);
		String sql = "select c.id from customers c where " + String.join(" and ", plan.where);
		return jdbc.sql(sql).params(plan.params).query(UUID.class).list();
	}

	/** Checks the query's keyword, filter and sort without running it. */
	void check(CustomerQuery query, Access access) {
		plan(query, access);
	}

	MatchCount count(CustomerQuery query, Access access) {
		Plan plan = plan(query, access);
		String sql = plan.relevance ? "select count(*) from (" + grouped(plan.counted) + ") g"
				: "select count(*) from (select 1 as one from " + plan.from + " where " + String.join(" and ", plan.where)
						+ " fetch first " + CANDIDATES + " rows only) x";
		long count = jdbc.sql(sql).params(plan.params).query(Long.class).single();
		boolean capped = count >= CANDIDATES || (plan.relevance && keyHitsCapped(plan));
		return capped ? new MatchCount(MatchCount.CAP, false) : new MatchCount(count, true);
	}

	private boolean keyHitsCapped(Plan plan) {
		String sql = "select count(*) from (" + plan.counted + ") k";
		return jdbc.sql(sql).params(plan.params).query(Long.class).single() >= CANDIDATES;
	}

	private Plan plan(CustomerQuery query, Access access) {
		Map<String, FilterField> fields = catalog.fields();
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = new ArrayList<>();
		// an erased customer's tombstone is deleted but belongs in no list, the recycle bin neither
		where.add(query.deleted() ? "c.deleted_at is not null and c.erased_at is null" : "c.deleted_at is null");
		String ownerFilter = null;
		if (!access.seesAllCustomers()) {
			ownerFilter = access.visibleOwners().isEmpty() ? "1 = 0" : "owner_id in (:scope_owners)";
			params.put("scope_owners", List.copyOf(access.visibleOwners()));
			where.add("c." + ownerFilter);
		}
		ReadableFields.requireReadable(ReadableFields.named(query.filter()), access);
		SqlPredicate filter = FilterCompiler.compile(query.filter(), fields, "f", clock);
		if (!filter.sql().equals("1 = 1")) {
			where.add("(" + filter.sql() + ")");
			params.putAll(filter.params());
		}
		Keyword keyword = Keyword.parse(query.keyword());
		boolean hasSort = query.sort() != null && !query.sort().isBlank();
		boolean relevance = keyword != null && !query.deleted() && !hasSort && filter.sql().equals("1 = 1");
		String from = "customers c join users u on u.id = c.owner_id";
		String candidates = null;
		String counted = null;
		List<SortKey> sort;
		String order;
		if (keyword != null) {
			List<String> kinds = keyword.bind(ReadableFields.searchableKinds(access), params);
			if (query.deleted()) {
				where.add("lower(c.name) like :kw_like escape '\\'");
			}
			else if (relevance) {
				// contacts, emails and phones rank below names: fewer of them suffice for a ranked page
				candidates = Keyword.candidates(kinds, RANKED, RANKED / 4, ownerFilter);
				counted = Keyword.candidates(kinds, CANDIDATES, CANDIDATES, ownerFilter);
			}
			else {
				where.add("c.id in (" + Keyword.allMatches(kinds) + ")");
			}
		}
		if (relevance) {
			sort = List.of(RANK);
			order = RELEVANCE;
		}
		else {
			order = hasSort ? query.sort().replace(" ", "") : "-updatedAt";
			sort = SortKey.parse(order, fields);
			ReadableFields.requireReadable(sort.stream().map(SortKey::name).toList(), access);
			sort.forEach(key -> params.putAll(key.params()));
		}
		return new Plan(from, where, params, sort, order, relevance, candidates, counted);
	}

	private static Row row(ResultSet rs, List<SortKey> keys) throws SQLException {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			String column = "sk" + i;
			Object value = switch (keys.get(i).type()) {
				case INSTANT -> {
					OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
					yield time == null ? null : time.toInstant().toString();
				}
				case DATE -> rs.getObject(column, LocalDate.class);
				case INTEGER, DECIMAL -> {
					BigDecimal number = rs.getBigDecimal(column);
					yield number == null ? null : number.stripTrailingZeros().toPlainString();
				}
				case BOOLEAN -> rs.getObject(column) == null ? null : rs.getBoolean(column);
				default -> rs.getString(column);
			};
			values.add(value);
		}
		return new Row(CustomerRepository.map(rs, 0), values);
	}

	private record Row(Customer customer, List<Object> sortValues) {
	}

	private record Plan(String from, List<String> where, Map<String, Object> params, List<SortKey> sort, String order,
			boolean relevance, String candidates, String counted) {
	}

}
