package dev.clientele.access;

import java.util.List;

/**
 * Lets a module name the fields roles set access for ({@code phones}, {@code contact.notes},
 * {@code customFields.vip} ...) without the access module depending on it, so that the role form
 * can offer every field.
 */
public interface FieldAccessContributor {

	/** The field names, in display order. */
	List<String> fields();

}
