package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.FieldChange;
import dev.clientele.shared.ForbiddenException;

/** What a writer may change: fields they may edit, and the owner only with the transfer permission. */
final class WriteRules {

	private WriteRules() {
	}

	/**
	 * @param changes the fields a write changes
	 * @throws ForbiddenException naming every changed field the writer may not edit
	 */
	static void requireEditable(List<FieldChange> changes, Access access, String prefix) {
		List<String> refused = new ArrayList<>();
		for (FieldChange change : changes) {
			if (!change.field().equals("deletedAt") && access.field(prefix + change.field()) != FieldAccess.EDIT) {
				refused.add(change.field());
			}
		}
		if (!refused.isEmpty()) {
			throw ForbiddenException.uneditable(refused);
		}
	}

	/** An update that hands the customer to another owner needs the transfer permission. */
	static void requireTransferAllowed(List<FieldChange> changes, Access access) {
		if (changes.stream().anyMatch(c -> c.field().equals("ownerId"))) {
			access.require(Permission.CUSTOMER_TRANSFER);
		}
	}

	/** The owner a new customer gets: the writer, or someone else if the writer may transfer customers. */
	static void requireOwnerAllowed(UUID owner, Access access) {
		if (!owner.equals(access.userId())) {
			access.require(Permission.CUSTOMER_TRANSFER);
		}
	}

	/** The input with every field the writer may not edit taken from the stored record instead. */
	static CustomerInput keepUneditable(CustomerInput in, CustomerInput stored, Access access) {
		Map<String, Object> custom = new LinkedHashMap<>(in.customFields());
		stored.customFields().forEach((key, value) -> {
			if (!editable(access, "customFields." + key)) {
				custom.put(key, value);
			}
		});
		in.customFields().keySet().stream()
			.filter(key -> !editable(access, "customFields." + key) && !stored.customFields().containsKey(key))
			.toList()
			.forEach(custom::remove);
		return new CustomerInput(pick(access, "kind", in.kind(), stored.kind()), pick(access, "name", in.name(), stored.name()),
				pick(access, "phones", in.phones(), stored.phones()), pick(access, "emails", in.emails(), stored.emails()),
				pick(access, "province", in.province(), stored.province()), pick(access, "city", in.city(), stored.city()),
				pick(access, "district", in.district(), stored.district()),
				pick(access, "address", in.address(), stored.address()),
				pick(access, "industry", in.industry(), stored.industry()), pick(access, "level", in.level(), stored.level()),
				pick(access, "source", in.source(), stored.source()), pick(access, "status", in.status(), stored.status()),
				pick(access, "ownerId", in.ownerId(), stored.ownerId()), pick(access, "tags", in.tags(), stored.tags()),
				pick(access, "notes", in.notes(), stored.notes()), custom);
	}

	private static <T> T pick(Access access, String field, T input, T stored) {
		return editable(access, field) ? input : stored;
	}

	private static boolean editable(Access access, String field) {
		return access.field(field) == FieldAccess.EDIT;
	}

}
