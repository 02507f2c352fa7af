package dev.clientele.filter;

import java.util.List;

/**
 * Lets a module add fields to an entity's filter catalog without the entity's module depending
 * on it (e.g. the timeline adds figures such as total spend to customers).
 */
public interface FilterFieldContributor {

	/** The entity the fields belong to, e.g. {@code customer}. */
	String entity();

	/** The fields, whose SQL may refer to the entity's row by its alias {@code c}. */
	List<FilterField> fields();

}
