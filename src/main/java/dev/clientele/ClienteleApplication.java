package dev.clientele;

import java.util.Arrays;

import dev.clientele.cli.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Clientele: a customer database for CRM, built as a modular monolith. Each direct sub-package
 * is an application module verified by {@code ModularityTests}.
 *
 * <p>{@code java -jar clientele.jar} serves the application; {@code java -jar clientele.jar audit verify}
 * checks the audit trail and exits 0 (intact) or 1 (broken); {@code java -jar clientele.jar import FILE}
 * imports a file into a running server through its API (see {@link ImportCommand}).
 */
@SpringBootApplication
@EnableAsync
public class ClienteleApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			command(args);
			return;
		}
		SpringApplication.run(ClienteleApplication.class, args);
	}

	private static void command(String[] args) {
		if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
			SpringApplication application = new SpringApplication(ClienteleApplication.class);
			// the profile's properties: any free port, on loopback only, for the moment it runs
			application.setAdditionalProfiles("audit-verify");
			application.run(Arrays.copyOfRange(args, 2, args.length));
			return;
		}
		if (args[0].equals("import")) {
			// a client of a running server: no Spring here
			System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		System.err.println("Unknown command: " + String.join(" ", args));
		System.err.println("Usage: java -jar clientele.jar [--option=value ...]   serve Clientele");
		System.err.println("       java -jar clientele.jar audit verify          check the audit trail (exit 1 if broken)");
		System.err.println("       java -jar clientele.jar import FILE [...]     import customers into a running server (--help)");
		System.exit(2);
	}

}
