package dev.clientele.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.DataScope;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import org.junit.jupiter.api.Test;

class DeliveryPlannerTests {

	static final UUID OWNER = UUID.randomUUID();

	static final UUID CUSTOMER = UUID.randomUUID();

	@Test
	void fieldsHiddenFromTheRoleAreLeftOutOfThePayload() {
		Access role = role(null, Map.of("notes", FieldAccess.HIDDEN, "phones", FieldAccess.MASKED,
				"contact.emails", FieldAccess.HIDDEN), Permission.CUSTOMER_READ, Permission.CONTACT_READ);

		Change customer = new Change("customer.updated", CUSTOMER, null, 2, OWNER, List.of("notes", "phones", "city"));
		Change contact = new Change("contact.updated", CUSTOMER, UUID.randomUUID(), 2, OWNER, List.of("emails", "notes"));

		assertThat(DeliveryPlanner.visibleFields(role, customer)).containsExactly("phones", "city");
		assertThat(DeliveryPlanner.visibleFields(role, contact)).containsExactly("notes");
	}

	@Test
	void aRoleSeesOnlyChangesOfCustomersInItsScopeAndOnlyWithReadPermission() {
		Change change = new Change("customer.updated", CUSTOMER, null, 2, OWNER, List.of("city"));
		Change contactChange = new Change("contact.created", CUSTOMER, UUID.randomUUID(), 1, OWNER, List.of());

		assertThat(DeliveryPlanner.sees(role(null, Map.of(), Permission.CUSTOMER_READ), change, OWNER)).isTrue();
		assertThat(DeliveryPlanner.sees(role(Set.of(OWNER), Map.of(), Permission.CUSTOMER_READ), change, OWNER)).isTrue();
		assertThat(DeliveryPlanner.sees(role(Set.of(UUID.randomUUID()), Map.of(), Permission.CUSTOMER_READ), change, OWNER))
			.isFalse();
		assertThat(DeliveryPlanner.sees(role(null, Map.of(), Permission.AUDIT_READ), change, OWNER)).isFalse();
		assertThat(DeliveryPlanner.sees(role(null, Map.of(), Permission.CUSTOMER_READ), contactChange, OWNER)).isFalse();
	}

	@Test
	void theSameChangeHasTheSameKeySoThatItIsQueuedOnce() {
		UUID contact = UUID.randomUUID();

		assertThat(new Change("contact.updated", CUSTOMER, contact, 3, OWNER, List.of("name")).key())
			.isEqualTo(new Change("contact.updated", CUSTOMER, contact, 3, UUID.randomUUID(), List.of()).key())
			.isNotEqualTo(new Change("contact.updated", CUSTOMER, contact, 4, OWNER, List.of("name")).key());
	}

	private static Access role(Set<UUID> visibleOwners, Map<String, FieldAccess> fields, String... permissions) {
		return new Access(UUID.randomUUID(), Set.of(permissions), visibleOwners == null ? DataScope.ALL : DataScope.OWN,
				visibleOwners, fields, FieldAccess.READ);
	}

}
