package dev.clientele.privacy;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells the privacy module which customers exist and who may see them, without the privacy module
 * depending on the customer module: the customer module implements it.
 */
public interface DataSubjects {

	/**
	 * The customer if its owner is among {@code visibleOwners}, deleted, erased or not.
	 *
	 * @param visibleOwners the data scope, {@code null} for every customer
	 * @param lock whether to lock the customer's row for the rest of the transaction (erasure)
	 */
	Optional<DataSubject> find(UUID customerId, Collection<UUID> visibleOwners, boolean lock);

}
