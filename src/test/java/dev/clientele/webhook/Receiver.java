package dev.clientele.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import dev.clientele.support.Poll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A webhook receiver on 127.0.0.1 that records every request and answers with a status the test sets. */
public final class Receiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final LinkedBlockingQueue<Request> pending = new LinkedBlockingQueue<>();

	private final List<Request> all = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(204);

	private Receiver(HttpServer server) {
		this.server = server;
	}

	public static Receiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			Receiver receiver = new Receiver(server);
			server.createContext("/hook", exchange -> {
				try (InputStream in = exchange.getRequestBody()) {
					String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					Request request = new Request(exchange.getRequestMethod(),
							exchange.getRequestHeaders().getFirst("Content-Type"),
							exchange.getRequestHeaders().getFirst("X-Clientele-Event"),
							exchange.getRequestHeaders().getFirst("X-Clientele-Delivery"),
							exchange.getRequestHeaders().getFirst("X-Clientele-Signature"), body);
					receiver.all.add(request);
					receiver.pending.add(request);
				}
				exchange.sendResponseHeaders(receiver.status.get(), -1);
				exchange.close();
			});
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	public void answer(int code) {
		status.set(code);
	}

	/** The next request received, waiting up to {@code timeout} for it; fails if none comes. */
	public Request next(Duration timeout) {
		try {
			Request request = pending.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (request == null) {
				throw new AssertionError("The receiver got no request within " + timeout);
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public List<Request> received() {
		return new ArrayList<>(all);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** One request as received. */
	public record Request(String method, String contentType, String event, String deliveryId, String signature, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** Whether the signature is {@code sha256=} and the hex HMAC-SHA256 of the body under this secret. */
		public boolean signedWith(String secret) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
				String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
				return expected.equals(signature);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Waits up to {@code timeout} until {@code condition} holds. */
	public static void eventually(Duration timeout, java.util.function.BooleanSupplier condition) {
		Poll.until(timeout, Duration.ofMillis(50), condition::getAsBoolean, met -> met,
				() -> "Condition not met within " + timeout);
	}

}
