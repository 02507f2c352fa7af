package dev.clientele.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for the tests (GreenMail), on a free port of the loopback, started once per JVM
 * and stopped with it. A test opts in with
 * {@code @DynamicPropertySource static void smtp(DynamicPropertyRegistry r) { SmtpServer.register(r); }},
 * which points the application's {@code spring.mail.*} at it; then it reads what arrived.
 */
public final class SmtpServer {

	/** The sender address the application uses in tests that register the server. */
	public static final String FROM = "clientele@test.example";

	private static GreenMail server;

	private SmtpServer() {
	}

	/** Points the application's mail settings at the server (starting it if needed). */
	public static void register(DynamicPropertyRegistry registry) {
		GreenMail running = server();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> running.getSmtp().getPort());
		registry.add("spring.mail.username", () -> "");
		registry.add("spring.mail.password", () -> "");
		registry.add("clientele.mail.from", () -> FROM);
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
			server = started;
		}
		return server;
	}

	/** The port nothing listens on: a server that is down. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every message received since the last {@link #reset()}. */
	public static List<MimeMessage> received() {
		return Arrays.asList(server().getReceivedMessages());
	}

	/** The messages received for one address since the last {@link #reset()}. */
	public static List<MimeMessage> receivedBy(String address) {
		return received().stream().filter(message -> addressedTo(message, address)).toList();
	}

	/** Waits up to ten seconds for at least {@code count} messages to one address, and answers them. */
	public static List<MimeMessage> waitFor(String address, int count) {
		return Poll.until(Duration.ofSeconds(10), Duration.ofMillis(50), () -> receivedBy(address),
				messages -> messages.size() >= count, () -> "fewer than " + count + " messages arrived for " + address);
	}

	/** Waits up to ten seconds for at least {@code count} messages in all, and answers them. */
	public static List<MimeMessage> waitFor(int count) {
		return Poll.until(Duration.ofSeconds(10), Duration.ofMillis(50), SmtpServer::received,
				messages -> messages.size() >= count, () -> "fewer than " + count + " messages arrived");
	}

	/** Forgets every message received so far. */
	public static void reset() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
