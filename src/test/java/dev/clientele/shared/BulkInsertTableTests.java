package dev.clientele.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BulkInsertTableTests {

	@Test
	void namesArePlainLowerCaseIdentifiers() {
		BulkInsert.Table table = BulkInsert.Table.of("customer_phones", "customer_id", "position", "e164");

		assertThat(table.columnList()).isEqualTo("(customer_id, position, e164)");
	}

	@Test
	void anythingButAPlainIdentifierIsRefused() {
		for (String name : List.of("customers; drop table users", "Customers", "\"customers\"", "public.customers", "1st", "")) {
			assertThatThrownBy(() -> BulkInsert.Table.of(name, "id")).as(name).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> BulkInsert.Table.of("customers", "id", name)).as(name)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void aTableNeedsColumnsEachOnce() {
		assertThatThrownBy(() -> BulkInsert.Table.of("customers")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BulkInsert.Table.of("customers", "id", "id")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRowHoldsOneValueOfAKnownTypeOrNullPerColumn() {
		BulkInsert.Table table = BulkInsert.Table.of("customer_version", "customer_id", "version", "recorded_at", "reason");

		table.requireRow(new Object[] { UUID.randomUUID(), 1, Instant.now(), null });
		assertThatThrownBy(() -> table.requireRow(new Object[] { UUID.randomUUID(), 1, Instant.now() }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("customer_version");
		assertThatThrownBy(() -> table.requireRow(new Object[] { UUID.randomUUID(), 1, Instant.now(), 'x' }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("customer_version.reason");
	}

}
