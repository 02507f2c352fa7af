package dev.clientele.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * A server-sent event stream opened by {@link Api#stream}: its lines are read on a thread of
 * their own, so that a test waits for the next event with a timeout and never hangs.
 */
public final class EventStream implements AutoCloseable {

	private static final String END = "\u0000end";

	private final HttpResponse<InputStream> response;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> seen = new ArrayList<>();

	EventStream(HttpResponse<InputStream> response) {
		this.response = response;
		Thread reader = new Thread(this::read, "test-event-stream");
		reader.setDaemon(true);
		reader.start();
	}

	public int status() {
		return response.statusCode();
	}

	public String contentType() {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	/** The next event (comments skipped), or empty if none came within the timeout or the stream ended. */
	public Optional<Event> next(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String id = null;
		String name = "message";
		StringBuilder data = null;
		try {
			while (true) {
				String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null || line.equals(END)) {
					return Optional.empty();
				}
				seen.add(line);
				if (line.isEmpty()) {
					if (data != null) {
						return Optional.of(new Event(id, name, data.toString()));
					}
					continue;
				}
				if (line.startsWith("id:")) {
					id = line.substring(3).strip();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** Everything that arrives within {@code window} (or until the stream ends), as one text. */
	public String body(Duration window) {
		long deadline = System.nanoTime() + window.toNanos();
		StringBuilder body = new StringBuilder(String.join("\n", seen));
		try {
			while (true) {
				String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null || line.equals(END)) {
					return body.toString();
				}
				body.append(line).append('\n');
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return body.toString();
		}
	}

	/** What arrives within {@code window}, as an {@link Api.Response}; the stream is closed after. */
	public Api.Response briefly(Duration window) {
		String body = body(window);
		close();
		return new Api.Response(status(), response.headers().firstValue("Location"), contentType(), body,
				response.headers().firstValue("Cache-Control").orElse(""));
	}

	@Override
	public void close() {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// closed by the test, or by the server
		}
		lines.add(END);
	}

	/** One event: its id, name and data. */
	public record Event(String id, String name, String data) {

		public JsonNode json() {
			return Api.JSON.readTree(data);
		}

	}

}
