package dev.clientele.audit;

/**
 * The result of checking the whole chain.
 *
 * @param checked how many entries were checked
 * @param firstBroken the sequence number of the first entry whose link does not hold, or {@code null}
 */
public record AuditVerification(long checked, Long firstBroken) {

	public boolean intact() {
		return firstBroken == null;
	}

}
