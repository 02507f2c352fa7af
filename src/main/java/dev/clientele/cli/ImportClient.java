package dev.clientele.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's import API as the command uses it, authenticated with a personal API token. Every
 * answer that is not a success becomes a {@link CommandFailure} saying what went wrong.
 */
final class ImportClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** The server's address without a trailing slash ({@code http://localhost:8080}, or with a context path). */
	private final String server;

	private final String token;

	ImportClient(String server, String token) {
		this.server = server;
		this.token = token;
	}

	/** Checks that the server answers and that the token may import, before a large file is sent. */
	void checkAccess() throws CommandFailure, InterruptedException {
		send(request("/api/v1/imports?limit=1").timeout(TIMEOUT).GET(), "reach the import API");
	}

	/** Uploads the file with its options and starts the import. */
	Job upload(ImportArguments arguments) throws CommandFailure, InterruptedException {
		MultipartBody body = new MultipartBody(arguments);
		HttpRequest.Builder request;
		try {
			request = request("/api/v1/imports").header("Content-Type", body.contentType()).POST(body.publisher());
		}
		catch (IOException ex) {
			throw new CommandFailure("Cannot read " + arguments.file() + ": " + ex.getMessage(), ex);
		}
		return parse(send(request, "upload " + arguments.file()));
	}

	Job job(String id) throws CommandFailure, InterruptedException {
		return parse(send(request("/api/v1/imports/" + id).timeout(TIMEOUT).GET(), "follow the import " + id));
	}

	/** Saves the job's error report (CSV) to a file, streamed. */
	void saveErrors(String id, Path target) throws CommandFailure, InterruptedException {
		HttpRequest request = request("/api/v1/imports/" + id + "/errors?format=csv").GET().build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw refused(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8),
							"download the error report");
				}
				Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new CommandFailure("Cannot save the error report to " + target + ": " + ex.getMessage(), ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(server + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Accept-Language", Locale.getDefault().toLanguageTag());
	}

	private String send(HttpRequest.Builder request, String what) throws CommandFailure, InterruptedException {
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (ConnectException ex) {
			throw new CommandFailure("Cannot reach the Clientele server at " + server
					+ " (is it running? CLIENTELE_URL names it)", ex);
		}
		catch (HttpTimeoutException ex) {
			throw new CommandFailure("The server at " + server + " did not answer in time (" + what + ")", ex);
		}
		catch (IOException ex) {
			throw new CommandFailure("Cannot " + what + " at " + server + ": " + describe(ex), ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw refused(response.statusCode(), response.body(), what);
		}
		return response.body();
	}

	private CommandFailure refused(int status, String body, String what) {
		return new CommandFailure(ServerProblem.describe(status, body, what));
	}

	private Job parse(String body) throws CommandFailure {
		try {
			return Job.of(JSON.readTree(body));
		}
		catch (JacksonException ex) {
			throw new CommandFailure("The server at " + server + " did not answer with an import job: " + ex.getOriginalMessage());
		}
	}

	private static String describe(IOException ex) {
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

}
