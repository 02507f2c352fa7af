package dev.clientele.cli;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code multipart/form-data} body of an upload: the options as text parts, then the file
 * streamed from disk (a file of any size is never held in memory), its length known in advance.
 */
final class MultipartBody {

	private final String boundary = "clientele-" + UUID.randomUUID();

	private final ImportArguments arguments;

	MultipartBody(ImportArguments arguments) {
		this.arguments = arguments;
	}

	String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	/** A new publisher of the whole body (each request needs its own). */
	BodyPublisher publisher() throws FileNotFoundException {
		StringBuilder head = new StringBuilder();
		textParts().forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
			.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
			.append(value).append("\r\n"));
		head.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName()).append("\"\r\n")
			.append("Content-Type: application/octet-stream\r\n\r\n");
		String tail = "\r\n--" + boundary + "--\r\n";
		return BodyPublishers.concat(BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
				BodyPublishers.ofFile(arguments.file()), BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
	}

	private Map<String, String> textParts() {
		Map<String, String> parts = new LinkedHashMap<>();
		put(parts, "mode", arguments.mode());
		put(parts, "match", arguments.match());
		put(parts, "encoding", arguments.encoding());
		put(parts, "mapping", arguments.mapping());
		parts.put("dryRun", Boolean.toString(arguments.dryRun()));
		parts.put("start", "true");
		return parts;
	}

	private static void put(Map<String, String> parts, String name, String value) {
		if (value != null) {
			parts.put(name, value);
		}
	}

	/** The file's own name, as browsers send it: quotes and line breaks escaped. */
	private String fileName() {
		return arguments.file().getFileName().toString().replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

}
