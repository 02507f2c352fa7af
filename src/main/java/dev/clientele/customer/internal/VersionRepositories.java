package dev.clientele.customer.internal;

import dev.clientele.shared.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The version tables of the customer module: one for customers, one for contacts. */
@Component
class VersionRepositories {

	private final VersionRepository customers;

	private final VersionRepository contacts;

	VersionRepositories(JdbcClient jdbc, BulkInsert bulk) {
		this.customers = VersionRepository.customers(jdbc, bulk);
		this.contacts = VersionRepository.contacts(jdbc, bulk);
	}

	VersionRepository customers() {
		return customers;
	}

	VersionRepository contacts() {
		return contacts;
	}

}
