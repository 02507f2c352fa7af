package dev.clientele.customer.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The version tables of the customer module: one for customers, one for contacts. */
@Component
class VersionRepositories {

	private final VersionRepository customers;

	private final VersionRepository contacts;

	VersionRepositories(JdbcClient jdbc, JdbcTemplate template) {
		this.customers = VersionRepository.customers(jdbc, template);
		this.contacts = VersionRepository.contacts(jdbc, template);
	}

	VersionRepository customers() {
		return customers;
	}

	VersionRepository contacts() {
		return contacts;
	}

}
