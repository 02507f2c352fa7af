package dev.clientele.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for full-stack tests: real requests to the application's random port,
 * anonymous, with a personal API token, or signed in through the login form (session cookie and
 * CSRF token, as a browser would).
 */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final int port;

	private final String base;

	private final String language;

	private final String authorization;

	private String oneTimeCode;

	private String csrf;

	public Api(int port) {
		this(port, "en", null, HttpClient.newHttpClient());
	}

	private Api(int port, String language, String authorization, HttpClient client) {
		this.port = port;
		this.base = "http://localhost:" + port;
		this.language = language;
		this.authorization = authorization;
		this.client = client;
	}

	/** The same client, asking for answers in another language. */
	public Api inLanguage(String acceptLanguage) {
		Api api = new Api(port, acceptLanguage, authorization, client);
		api.csrf = csrf;
		return api;
	}

	/** A client that sends this personal API token. */
	public Api withToken(String token) {
		return new Api(port, language, "Bearer " + token, client);
	}

	/** A client with HTTP Basic credentials (only {@code POST /api/v1/tokens} takes them). */
	public Api withBasic(String login, String password) {
		String encoded = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api(port, language, "Basic " + encoded, client);
	}

	/** The same client, sending a one-time code in {@code X-Clientele-OTP}. */
	public Api withOneTimeCode(String code) {
		Api api = new Api(port, language, authorization, client);
		api.oneTimeCode = code;
		return api;
	}

	/** A browser-like client signed in through the login form; it sends the CSRF token with every form. */
	public static Api signedIn(int port, String login, String password) {
		Api api = new Api(port, "en", null, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		api.csrf = api.csrfFrom(api.get("/login"));
		Response response = api.postForm("/login", "username", login, "password", password);
		if (response.status() != 302 || response.location().orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + login + ": " + response.status() + " " + response.location());
		}
		api.csrf = api.csrfFrom(api.get("/account/password"));
		return api;
	}

	/** A browser-like client that has not signed in. */
	public static Api browser(int port) {
		Api api = new Api(port, "en", null, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		api.csrf = api.csrfFrom(api.get("/login"));
		return api;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(body(json)));
	}

	/** Posts a body of any media type, e.g. NDJSON. */
	public Response post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(body(body)));
	}

	public Response post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
	}

	/** Posts a form as a browser would (URL-encoded), with the session's CSRF token. */
	public Response postForm(String path, String... namesAndValues) {
		StringJoiner form = new StringJoiner("&");
		List<String> pairs = new ArrayList<>(List.of(namesAndValues));
		if (csrf != null) {
			pairs.add("_csrf");
			pairs.add(csrf);
		}
		for (int i = 0; i < pairs.size(); i += 2) {
			form.add(encode(pairs.get(i)) + "=" + encode(pairs.get(i + 1)));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(body(form.toString())));
	}

	/**
	 * Posts a multipart form as a browser uploads a file: the file as part {@code file}, then
	 * text parts given as names and values (and the session's CSRF token).
	 */
	public Response upload(String path, String fileName, byte[] content, String... namesAndValues) {
		String boundary = "----clientele" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		List<String> pairs = new ArrayList<>(List.of(namesAndValues));
		if (csrf != null) {
			pairs.add("_csrf");
			pairs.add(csrf);
		}
		for (int i = 0; i < pairs.size(); i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs.get(i) + "\"\r\n\r\n"
					+ pairs.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		if (content != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public Response patch(String path, String json) {
		return send(request(path).header("Content-Type", "application/merge-patch+json").method("PATCH", body(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * Opens a server-sent event stream as a browser's EventSource does ({@code Accept:
	 * text/event-stream}), with extra headers given as names and values.
	 */
	public EventStream stream(String path, String... headerNamesAndValues) {
		HttpRequest.Builder builder = request(path).header("Accept", "text/event-stream");
		for (int i = 0; i < headerNamesAndValues.length; i += 2) {
			builder.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
		}
		try {
			return new EventStream(client.send(builder.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String csrfFrom(Response page) {
		Matcher matcher = CSRF.matcher(page.body());
		return matcher.find() ? matcher.group(1).replace("&#45;", "-") : null;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (csrf != null) {
			builder.header("X-CSRF-TOKEN", csrf);
		}
		if (oneTimeCode != null) {
			builder.header("X-Clientele-OTP", oneTimeCode);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Location"),
					response.headers().firstValue("Content-Type").orElse(""), response.body(),
					response.headers().firstValue("Cache-Control").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A GET whose answer is a file: its bytes as sent. */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A downloaded file. */
	public record Download(int status, String contentType, String contentDisposition, byte[] body) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

	}

	/** An answer: status, Location, Content-Type, body and Cache-Control. */
	public record Response(int status, Optional<String> location, String contentType, String body, String cacheControl) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The JSON paths of the fields a 400 problem names. */
		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

	}

}
