package dev.clientele.filter;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON filter language, e.g.
 * {@code {"and":[{"field":"city","op":"eq","value":"深圳市"},{"not":{"field":"level","op":"in","value":["C","D"]}}]}},
 * and reports every malformed part by its path.
 */
public final class FilterParser {

	static final int MAX_DEPTH = 8;

	static final int MAX_CONDITIONS = 100;

	static final int MAX_VALUES = 1000;

	/** The most days {@code withinLastDays} reaches back: a hundred years. */
	public static final int MAX_DAYS = 36_500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Violations violations = new Violations();

	private final String root;

	private int conditions;

	private FilterParser(String root) {
		this.root = root;
	}

	/**
	 * Parses a filter; blank text is the filter that matches everything.
	 *
	 * @param parameter the name of the input that carried the filter, used as the root of error paths
	 * @throws InvalidInputException naming each bad part
	 */
	public static Filter parse(String json, String parameter) {
		if (json == null || json.isBlank()) {
			return Filter.ALL;
		}
		JsonNode tree;
		try {
			tree = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of(parameter, "filter.notJson");
		}
		return parse(tree, parameter);
	}

	/** Parses a filter given as a JSON tree. */
	public static Filter parse(JsonNode tree, String parameter) {
		FilterParser parser = new FilterParser(parameter);
		Filter filter = parser.node(tree, parameter, 0);
		parser.violations.throwIfAny();
		return filter;
	}

	private Filter node(JsonNode node, String path, int depth) {
		if (depth > MAX_DEPTH) {
			violations.add(path, "filter.tooDeep", MAX_DEPTH);
			return Filter.ALL;
		}
		if (node == null || !node.isObject()) {
			violations.add(path, "filter.notObject");
			return Filter.ALL;
		}
		if (node.has("and") || node.has("or")) {
			String key = node.has("and") ? "and" : "or";
			if (node.size() != 1) {
				violations.add(path, "filter.oneKey");
			}
			JsonNode parts = node.get(key);
			if (!parts.isArray()) {
				violations.add(path + "." + key, "filter.notArray");
				return Filter.ALL;
			}
			List<Filter> children = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				children.add(node(parts.get(i), path + "." + key + "[" + i + "]", depth + 1));
			}
			return key.equals("and") ? new Filter.And(children) : new Filter.Or(children);
		}
		if (node.has("not")) {
			if (node.size() != 1) {
				violations.add(path, "filter.oneKey");
			}
			return new Filter.Not(node(node.get("not"), path + ".not", depth + 1));
		}
		return condition(node, path);
	}

	private Filter condition(JsonNode node, String path) {
		if (++conditions > MAX_CONDITIONS) {
			violations.add(path, "filter.tooMany", MAX_CONDITIONS);
			return Filter.ALL;
		}
		for (String name : node.propertyNames()) {
			if (!name.equals("field") && !name.equals("op") && !name.equals("value")) {
				violations.add(path + "." + name, "field.unknown");
			}
		}
		JsonNode field = node.get("field");
		if (field == null || !field.isString() || field.stringValue().isBlank()) {
			violations.add(path + ".field", "field.required");
		}
		JsonNode opNode = node.get("op");
		FilterOp op = opNode != null && opNode.isString() ? FilterOp.fromJson(opNode.stringValue()).orElse(null) : null;
		if (op == null) {
			violations.add(path + ".op", "filter.op");
			return Filter.ALL;
		}
		List<Object> values = values(op, node.get("value"), path + ".value");
		return new Filter.Condition(path, field == null || !field.isString() ? "" : field.stringValue(), op, values);
	}

	private List<Object> values(FilterOp op, JsonNode value, String path) {
		switch (op) {
			case IS_EMPTY -> {
				if (value == null || value.isNull()) {
					return List.of(Boolean.TRUE);
				}
				if (!value.isBoolean()) {
					violations.add(path, "filter.boolean");
					return List.of(Boolean.TRUE);
				}
				return List.of(value.booleanValue());
			}
			case IN, BETWEEN -> {
				if (value == null || !value.isArray()) {
					violations.add(path, "filter.notArray");
					return List.of();
				}
				if (op == FilterOp.BETWEEN && value.size() != 2) {
					violations.add(path, "filter.between");
					return List.of();
				}
				if (value.size() > MAX_VALUES || value.isEmpty()) {
					violations.add(path, "filter.inSize", MAX_VALUES);
					return List.of();
				}
				List<Object> list = new ArrayList<>();
				for (int i = 0; i < value.size(); i++) {
					list.add(scalar(value.get(i), path + "[" + i + "]", op == FilterOp.BETWEEN));
				}
				return list;
			}
			case WITHIN_LAST_DAYS -> {
				if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1
						|| value.longValue() > MAX_DAYS) {
					violations.add(path, "filter.days", MAX_DAYS);
					return List.of(1L);
				}
				return List.of(value.longValue());
			}
			default -> {
				return java.util.Collections.singletonList(scalar(value, path, false));
			}
		}
	}

	private Object scalar(JsonNode value, String path, boolean nullable) {
		if (value == null || value.isNull()) {
			if (!nullable) {
				violations.add(path, "field.required");
			}
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		violations.add(path, "filter.scalar");
		return null;
	}

}
