package dev.clientele.privacy;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * The façade of the privacy module: a subject's export and erasure, and the block list.
 * Everything here is audited through the events it publishes.
 */
public interface PrivacyManagement {

	/**
	 * One customer's complete personal data, unmasked, from every registered part; needs
	 * {@code customer:personal-data} and the customer in the caller's scope.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the customer does not exist or is out of scope
	 * @throws dev.clientele.shared.GoneException if its personal data was erased
	 */
	ObjectNode export(UUID customerId);

	/**
	 * Erases one customer's personal data from every registered part in one transaction, blocks its
	 * phones and emails, and leaves a tombstone; needs {@code customer:erase}.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming {@code reason} if it is blank or too long
	 * @throws dev.clientele.shared.NotFoundException if the customer does not exist or is out of scope
	 * @throws dev.clientele.shared.GoneException if it was erased already
	 */
	ErasureReport erase(UUID customerId, String reason);

	/** The customer as the erasure form shows it; needs {@code customer:erase}. */
	DataSubject subject(UUID customerId);

	/** Every block, newest first; needs {@code customer:erase}. */
	List<ErasureBlock> blocks();

	/**
	 * Lifts one block; needs {@code customer:erase}.
	 *
	 * @throws dev.clientele.shared.NotFoundException if there is no such block
	 */
	ErasureBlock lift(String hash);

	/**
	 * Lifts the block of a phone or an email given as entered (exactly one of them).
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming {@code phone} or {@code email}
	 * @throws dev.clientele.shared.NotFoundException if that value is not blocked
	 */
	ErasureBlock liftValue(String phone, String email);

}
