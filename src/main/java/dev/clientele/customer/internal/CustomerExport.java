package dev.clientele.customer.internal;

import java.time.Instant;
import java.util.function.Consumer;

import dev.clientele.access.Access;
import dev.clientele.access.Permission;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.ExportedCustomer;
import dev.clientele.shared.Slice;
import org.springframework.stereotype.Component;

/**
 * Streams every customer a list query matches, live or as recorded at an instant, page by page
 * so that memory stays flat however many there are.
 */
@Component
class CustomerExport {

	private final CustomerListQuery live;

	private final CustomerAsOfQuery past;

	CustomerExport(CustomerListQuery live, CustomerAsOfQuery past) {
		this.live = live;
		this.past = past;
	}

	long each(CustomerQuery query, Instant asOf, Access access, Consumer<ExportedCustomer> sink) {
		access.require(Permission.CUSTOMER_READ);
		if (asOf != null) {
			return past.each(query, asOf, access, match -> {
				var version = match.version();
				sink.accept(new ExportedCustomer(version.recordId(), version.version(), null, match.firstRecordedAt(),
						version.recordedAt(), version.snapshot()));
			});
		}
		// ranking by relevance looks at the first matches only; an export wants them all
		String sort = query.sort() == null || query.sort().isBlank() ? "-updatedAt" : query.sort();
		long count = 0;
		String cursor = null;
		do {
			Slice<Customer> page = live.page(new CustomerQuery(query.keyword(), query.filter(), sort,
					CustomerQuery.MAX_LIMIT, cursor, query.deleted()), access);
			for (Customer customer : page.items()) {
				Customer shown = FieldView.customer(customer, access);
				sink.accept(new ExportedCustomer(shown.id(), shown.version(), shown.ownerName(), shown.createdAt(),
						shown.updatedAt(), Snapshots.customer(shown).toString()));
				count++;
			}
			cursor = page.next();
		}
		while (cursor != null);
		return count;
	}

}
