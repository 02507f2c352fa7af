package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.clientele.access.Access;
import dev.clientele.access.FieldAccess;
import dev.clientele.filter.Filter;
import dev.clientele.shared.ForbiddenException;

/**
 * Which fields a reader may use to find customers: filtering, sorting or searching by a field the
 * reader cannot read whole would confirm its hidden value, so it is refused.
 */
final class ReadableFields {

	private ReadableFields() {
	}

	/** The permission field a filter or sort field stands for. */
	static String accessName(String filterField) {
		return switch (filterField) {
			case "phone" -> "phones";
			case "email" -> "emails";
			default -> filterField;
		};
	}

	/** The field names a filter uses. */
	static List<String> named(Filter filter) {
		List<String> names = new ArrayList<>();
		collect(filter, names);
		return names;
	}

	/** @throws ForbiddenException naming every field the reader may not read */
	static void requireReadable(List<String> filterFields, Access access) {
		Set<String> unreadable = new java.util.LinkedHashSet<>();
		for (String field : filterFields) {
			if (!field.equals("createdAt") && !field.equals("updatedAt") && !field.equals("deletedAt")
					&& !access.field(accessName(field)).readable()) {
				unreadable.add(field);
			}
		}
		if (!unreadable.isEmpty()) {
			throw ForbiddenException.unreadable(List.copyOf(unreadable));
		}
	}

	/** The kinds of search keys a reader's keyword may match; a reader who cannot read names cannot search. */
	static Set<Character> searchableKinds(Access access) {
		if (!access.field("name").readable()) {
			throw ForbiddenException.unreadable(List.of("name"));
		}
		Set<Character> kinds = new HashSet<>();
		kinds.add(SearchKeys.NAME);
		if (access.field(FieldView.CONTACT + "name").readable()) {
			kinds.add(SearchKeys.CONTACT);
		}
		if (access.field("emails").readable()) {
			kinds.add(SearchKeys.EMAIL);
		}
		if (access.field("phones").readable()) {
			kinds.add(SearchKeys.PHONE);
		}
		return kinds;
	}

	static boolean editable(Access access, String field) {
		return access.field(field) == FieldAccess.EDIT;
	}

	private static void collect(Filter filter, List<String> names) {
		if (filter instanceof Filter.And and) {
			and.parts().forEach(part -> collect(part, names));
		}
		else if (filter instanceof Filter.Or or) {
			or.parts().forEach(part -> collect(part, names));
		}
		else if (filter instanceof Filter.Not not) {
			collect(not.part(), names);
		}
		else if (filter instanceof Filter.Condition condition) {
			names.add(condition.field());
		}
	}

}
