package dev.clientele.customer.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.privacy.DataSubject;
import dev.clientele.privacy.DataSubjects;
import org.springframework.stereotype.Component;

/** Answers the privacy module which customers exist within a data scope, and locks one to erase it. */
@Component
class CustomerDataSubjects implements DataSubjects {

	private final PersonalDataRepository rows;

	CustomerDataSubjects(PersonalDataRepository rows) {
		this.rows = rows;
	}

	@Override
	public Optional<DataSubject> find(UUID customerId, Collection<UUID> visibleOwners, boolean lock) {
		return rows.subject(customerId, visibleOwners, lock);
	}

}
