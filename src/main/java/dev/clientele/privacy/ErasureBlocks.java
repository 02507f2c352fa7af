package dev.clientele.privacy;

import java.util.Collection;

/**
 * The block list the write paths consult: a phone or email of an erased customer may not be
 * stored again until an administrator lifts its block. Needs no permission (it reveals only
 * whether a value the caller already holds is blocked).
 */
public interface ErasureBlocks {

	/**
	 * Which of these values are blocked.
	 *
	 * @param phones phone numbers in E.164 form
	 * @param emails email addresses in lower case
	 */
	BlockedValues blocked(Collection<String> phones, Collection<String> emails);

}
