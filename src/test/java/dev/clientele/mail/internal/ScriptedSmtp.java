package dev.clientele.mail.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that answers every recipient with one given reply (e.g. {@code 550 5.1.1 no such
 * user}): what GreenMail, which accepts everyone, cannot show. Serves one connection at a time.
 */
final class ScriptedSmtp implements AutoCloseable {

	private final ServerSocket socket;

	private final String recipientReply;

	private final Thread thread;

	ScriptedSmtp(String recipientReply) throws IOException {
		this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		this.recipientReply = recipientReply;
		this.thread = new Thread(this::serve, "scripted-smtp");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				client.setSoTimeout(5000);
				converse(new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII)),
						new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII));
			}
			catch (IOException closedOrGone) {
				// the next connection, or the end
			}
		}
	}

	private void converse(BufferedReader in, Writer out) throws IOException {
		reply(out, "220 scripted ESMTP");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
			switch (command) {
				case "EHLO", "HELO" -> reply(out, "250 scripted");
				case "MAIL" -> reply(out, "250 2.1.0 OK");
				case "RCPT" -> reply(out, recipientReply);
				case "QUIT" -> {
					reply(out, "221 2.0.0 bye");
					return;
				}
				default -> reply(out, "250 2.0.0 OK");
			}
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}
