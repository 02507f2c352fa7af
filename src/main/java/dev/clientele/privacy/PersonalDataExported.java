package dev.clientele.privacy;

import java.util.List;
import java.util.UUID;

/** Published when someone exported a customer's complete personal data. */
public record PersonalDataExported(UUID customerId, UUID actorId, List<String> parts) {

	public PersonalDataExported {
		parts = List.copyOf(parts);
	}

}
