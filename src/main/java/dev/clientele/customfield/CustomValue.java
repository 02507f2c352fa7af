package dev.clientele.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A custom field value that has passed its field's type check. */
public sealed interface CustomValue {

	/** The value as it appears in JSON: string, integer, boolean or array of strings; decimals as strings. */
	Object json();

	/** The value as it is shown to a person. */
	String display();

	record Text(String value) implements CustomValue {
		public Object json() {
			return value;
		}

		public String display() {
			return value;
		}
	}

	record Number(long value) implements CustomValue {
		public Object json() {
			return value;
		}

		public String display() {
			return Long.toString(value);
		}
	}

	record Decimal(BigDecimal value) implements CustomValue {
		public Object json() {
			return value.toPlainString();
		}

		public String display() {
			return value.toPlainString();
		}
	}

	record Date(LocalDate value) implements CustomValue {
		public Object json() {
			return value.toString();
		}

		public String display() {
			return value.toString();
		}
	}

	record Bool(boolean value) implements CustomValue {
		public Object json() {
			return value;
		}

		public String display() {
			return Boolean.toString(value);
		}
	}

	record Choice(String value) implements CustomValue {
		public Object json() {
			return value;
		}

		public String display() {
			return value;
		}
	}

	record Choices(List<String> values) implements CustomValue {
		public Choices {
			values = List.copyOf(values);
		}

		public Object json() {
			return values;
		}

		public String display() {
			return String.join(", ", values);
		}
	}

}
