package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.customer.CustomerQuery;
import dev.clientele.filter.Filter;
import dev.clientele.filter.FilterOp;
import dev.clientele.filter.FilterParser;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the customer list page was asked for: the search box, one equality filter per form
 * field, a filter in the JSON filter language (as saved views apply it), the sort and the cursor.
 * Builds the façade's query and the links that keep all of it.
 */
record CustomerListParams(String q, String kind, String province, String city, String level, String industry,
		String source, String status, String tag, String filter, String sort, String cursor) {

	/** The columns whose headers sort the list. */
	static final List<String> SORTABLE = List.of("name", "city", "level", "updatedAt");

	/** The inputs of the list form, where their errors show. */
	static final List<String> FORM_FIELDS = List.of("q", "kind", "province", "city", "level", "industry", "source",
			"status", "tag", "filter");

	CustomerQuery query(boolean deleted) {
		return new CustomerQuery(blankToNull(q), parsedFilter(), blankToNull(sort), CustomerQuery.DEFAULT_LIMIT,
				blankToNull(cursor), deleted);
	}

	/**
	 * The JSON filter and an equality condition per filled-in filter field, all of which must hold.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming the bad parts of the JSON filter ({@code filter...})
	 */
	Filter parsedFilter() {
		List<Filter> conditions = new ArrayList<>();
		if (!isBlank(filter)) {
			conditions.add(FilterParser.parse(filter, "filter"));
		}
		filters().forEach((param, value) -> {
			String field = param.equals("tag") ? "tags" : param;
			conditions.add(new Filter.Condition(param, field, FilterOp.EQ, List.of(value.strip())));
		});
		return conditions.isEmpty() ? Filter.ALL : new Filter.And(conditions);
	}

	public boolean filtered() {
		return !filters().isEmpty() || !isBlank(filter);
	}

	/**
	 * The whole filter in the JSON filter language: the JSON filter as given when the form fields
	 * are empty, else an {@code and} of it and the form fields' conditions; {@code null} for none.
	 */
	public String filterJson() {
		if (filters().isEmpty()) {
			return blankToNull(filter);
		}
		tools.jackson.databind.node.ObjectNode json = ProfileJson.JSON.createObjectNode();
		tools.jackson.databind.node.ArrayNode all = json.putArray("and");
		if (!isBlank(filter)) {
			try {
				all.add(ProfileJson.JSON.readTree(filter));
			}
			catch (tools.jackson.core.JacksonException ex) {
				all.add(filter);
			}
		}
		filters().forEach((param, value) -> all.addObject()
			.put("field", param.equals("tag") ? "tags" : param)
			.put("op", "eq")
			.put("value", value.strip()));
		return json.toString();
	}

	/** The saved views menu for this list (served by the module that keeps views). */
	public String viewsLink() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/views/menu");
		if (!isBlank(q)) {
			uri.queryParam("q", q.strip());
		}
		if (filtered()) {
			uri.queryParam("filter", filterJson());
		}
		if (!isBlank(sort)) {
			uri.queryParam("sort", sort.strip());
		}
		return uri.build().encode().toUriString();
	}

	/** The link that sorts by a column: ascending first, descending when it is sorted ascending already. */
	public String sortLink(String column) {
		return link(column.equals(sort) ? "-" + column : column, null);
	}

	/** {@code asc} or {@code desc} if the list is sorted by that column, else empty. */
	public String sortDirection(String column) {
		if (column.equals(sort)) {
			return "asc";
		}
		return ("-" + column).equals(sort) ? "desc" : "";
	}

	/** The export of what the list shows, through the API (the session signs it in). */
	public String exportLink(String format) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/customers/export").queryParam("format", format);
		if (!isBlank(q)) {
			uri.queryParam("q", q.strip());
		}
		if (filtered()) {
			uri.queryParam("filter", filterJson());
		}
		if (!isBlank(sort)) {
			uri.queryParam("sort", sort.strip());
		}
		// encoded after building: the filter's braces are JSON, not URI template variables
		return uri.build().encode().toUriString();
	}

	public String nextLink(String next) {
		return link(sort, next);
	}

	public String firstLink() {
		return link(sort, null);
	}

	private String link(String sortValue, String cursorValue) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/customers");
		if (!isBlank(q)) {
			uri.queryParam("q", q);
		}
		filters().forEach(uri::queryParam);
		if (!isBlank(filter)) {
			uri.queryParam("filter", filter);
		}
		if (!isBlank(sortValue)) {
			uri.queryParam("sort", sortValue);
		}
		if (!isBlank(cursorValue)) {
			uri.queryParam("cursor", cursorValue);
		}
		return uri.build().encode().toUriString();
	}

	private Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "kind", kind);
		put(filters, "province", province);
		put(filters, "city", city);
		put(filters, "level", level);
		put(filters, "industry", industry);
		put(filters, "source", source);
		put(filters, "status", status);
		put(filters, "tag", tag);
		return filters;
	}

	private static void put(Map<String, String> filters, String name, String value) {
		if (!isBlank(value)) {
			filters.put(name, value);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

}
