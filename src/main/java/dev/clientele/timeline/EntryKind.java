package dev.clientele.timeline;

import java.util.List;
import java.util.Optional;

/**
 * A kind of timeline entry: built in ({@code order}, {@code payment}, {@code refund},
 * {@code follow-up}, {@code ticket}) or added by an administrator.
 *
 * @param key the kind's name in entries, e.g. {@code order}
 * @param money whether its entries carry an amount and a currency
 * @param moneyRequired whether an amount is required
 * @param statuses the statuses its entries may have, the first being the default; empty for none
 * @param attributes its typed attributes
 */
public record EntryKind(String key, String labelZh, String labelEn, boolean money, boolean moneyRequired,
		List<String> statuses, List<Attribute> attributes, boolean builtIn) {

	public EntryKind {
		statuses = List.copyOf(statuses);
		attributes = List.copyOf(attributes);
	}

	public Optional<Attribute> attribute(String name) {
		return attributes.stream().filter(a -> a.key().equals(name)).findFirst();
	}

	public String label(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
	}

	/** The types an attribute's value may have. */
	public enum AttributeType {

		TEXT, NUMBER, DATE, BOOLEAN, CHOICE;

		@com.fasterxml.jackson.annotation.JsonValue
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static Optional<AttributeType> fromKey(String key) {
			for (AttributeType type : values()) {
				if (type.key().equals(key)) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A typed attribute of a kind's entries.
	 *
	 * @param options the allowed values of a {@code choice}; empty otherwise
	 */
	public record Attribute(String key, String labelZh, String labelEn, AttributeType type, boolean required,
			List<String> options) {

		public Attribute {
			options = List.copyOf(options);
		}

	}

}
