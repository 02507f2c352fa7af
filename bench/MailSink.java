import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The marketing benchmark's SMTP server, started by bench/marketing.sh:
 * {@code java -cp greenmail-standalone.jar bench/MailSink.java <smtp-port> <http-port>}.
 * GreenMail (the server the tests use) takes every message on 127.0.0.1:smtp-port, without
 * authentication, and keeps it in memory; {@code GET http://127.0.0.1:<http-port>/count} answers
 * "received distinct-message-ids" for what has arrived so far.
 * <p>
 * Every message is delivered to one mailbox. Left to itself, GreenMail makes a user and a mailbox per
 * recipient and finds a recipient's mailbox by a linear scan of all of them, so with 100,000
 * recipients it takes about 3 ms of CPU per message by the end and caps a campaign at under 200
 * emails/s; the benchmark would measure GreenMail.
 */
public class MailSink {

	public static void main(String[] args) throws Exception {
		int smtpPort = Integer.parseInt(args[0]);
		int httpPort = Integer.parseInt(args[1]);
		GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		mail.start();
		GreenMailUser sink = mail.setUser("sink@bench.test", "sink", "sink");
		mail.getUserManager().setMessageDeliveryHandler((message, recipient) -> sink);
		HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
		http.createContext("/count", exchange -> answer(exchange, count(mail)));
		http.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			http.stop(0);
			mail.stop();
		}));
		System.out.println("GreenMail SMTP on 127.0.0.1:" + smtpPort + ", counts on http://127.0.0.1:" + httpPort + "/count");
		Thread.currentThread().join();
	}

	private static String count(GreenMail mail) {
		MimeMessage[] received = mail.getReceivedMessages();
		Set<String> ids = new HashSet<>();
		for (MimeMessage message : received) {
			try {
				ids.add(message.getMessageID());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return received.length + " " + ids.size() + "\n";
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
