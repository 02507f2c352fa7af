package dev.clientele.privacy;

import java.util.Set;

/** The phones and emails of a question to {@link ErasureBlocks} that are blocked. */
public record BlockedValues(Set<String> phones, Set<String> emails) {

	public static final BlockedValues NONE = new BlockedValues(Set.of(), Set.of());

	public BlockedValues {
		phones = Set.copyOf(phones);
		emails = Set.copyOf(emails);
	}

	public boolean isEmpty() {
		return phones.isEmpty() && emails.isEmpty();
	}

}
