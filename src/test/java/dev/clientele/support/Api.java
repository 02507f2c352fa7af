package dev.clientele.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for full-stack tests: real requests to the application's random port. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	private final String base;

	private final String language;

	public Api(int port) {
		this(port, "en");
	}

	private Api(int port, String language) {
		this.port = port;
		this.base = "http://localhost:" + port;
		this.language = language;
	}

	/** The same client, asking for answers in another language. */
	public Api inLanguage(String acceptLanguage) {
		return new Api(port, acceptLanguage);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(body(json)));
	}

	public Response post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** Posts an HTML form ({@code application/x-www-form-urlencoded}): names and values in turn. */
	public Response postForm(String path, String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&").append(encode(namesAndValues[i])).append('=')
				.append(encode(namesAndValues[i + 1]));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(body(form.toString())));
	}

	public Response patch(String path, String json) {
		return send(request(path).header("Content-Type", "application/merge-patch+json").method("PATCH", body(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Location"),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: status, Location, Content-Type and body. */
	public record Response(int status, Optional<String> location, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The JSON paths of the fields a 400 problem names. */
		public java.util.List<String> errorFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

	}

}
