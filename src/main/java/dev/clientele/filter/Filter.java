package dev.clientele.filter;

import java.util.List;

/** A parsed filter: a tree of boolean combinations over field conditions. */
public sealed interface Filter {

	/** The filter that matches everything. */
	Filter ALL = new And(List.of());

	record And(List<Filter> parts) implements Filter {
		public And {
			parts = List.copyOf(parts);
		}
	}

	record Or(List<Filter> parts) implements Filter {
		public Or {
			parts = List.copyOf(parts);
		}
	}

	record Not(Filter part) implements Filter {
	}

	/**
	 * One condition.
	 *
	 * @param path where the condition sits in the JSON, for error messages
	 * @param values the operand(s) as JSON scalars (string, number, boolean); one for {@code eq},
	 * {@code contains}, {@code startsWith}, two for {@code between}, any number for {@code in},
	 * at most one boolean for {@code isEmpty}
	 */
	record Condition(String path, String field, FilterOp op, List<Object> values) implements Filter {
		public Condition {
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
		}
	}

}
