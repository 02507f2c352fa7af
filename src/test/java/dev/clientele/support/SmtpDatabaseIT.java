package dev.clientele.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of full-stack tests that send email: the application's SMTP settings point at the shared
 * {@link SmtpServer}, whose mailboxes are emptied before each test. Tests extending this share one
 * Spring context (a test class with its own {@code @DynamicPropertySource} would get its own).
 */
public abstract class SmtpDatabaseIT extends DatabaseIT {

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		SmtpServer.register(registry);
	}

	@BeforeEach
	void emptyMailboxes() {
		SmtpServer.reset();
	}

}
