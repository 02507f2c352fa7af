package dev.clientele.customfield;

import java.util.List;

/**
 * Changes what may change of a custom field: its label, the required flag and its options.
 * Options can only be added, so that no stored value loses its option.
 */
public record ChangeCustomField(String label, boolean required, List<String> options) {

	public ChangeCustomField {
		options = options == null ? List.of() : List.copyOf(options);
	}

}
