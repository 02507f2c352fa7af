package dev.clientele.audit.internal;

import dev.clientele.audit.AuditTrail;
import dev.clientele.audit.AuditVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar clientele.jar audit verify}: checks the chain, prints the result and exits 0
 * when it is intact, 1 at the first broken link.
 */
@Component
@Profile("audit-verify")
@Order(-1)
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditTrail audit;

	private final ApplicationContext context;

	AuditVerifyCommand(AuditTrail audit, ApplicationContext context) {
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification result = audit.verify();
		if (result.intact()) {
			System.out.println("Audit trail intact: " + result.checked() + " entries checked.");
		}
		else {
			System.out.println("Audit trail BROKEN at entry " + result.firstBroken() + " (" + result.checked()
					+ " entries checked).");
		}
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
	}

}
