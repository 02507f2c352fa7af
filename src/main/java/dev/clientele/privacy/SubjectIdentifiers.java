package dev.clientele.privacy;

import java.util.List;

/**
 * Values a customer can be recognised by again.
 *
 * @param phones phone numbers in E.164 form
 * @param emails email addresses in lower case
 */
public record SubjectIdentifiers(List<String> phones, List<String> emails) {

	public static final SubjectIdentifiers NONE = new SubjectIdentifiers(List.of(), List.of());

	public SubjectIdentifiers {
		phones = List.copyOf(phones);
		emails = List.copyOf(emails);
	}

}
