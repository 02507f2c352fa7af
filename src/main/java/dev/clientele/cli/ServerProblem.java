package dev.clientele.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Words for an answer the server refused with: its RFC 9457 detail and every field error it names. */
final class ServerProblem {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ServerProblem() {
	}

	/**
	 * @param status the HTTP status
	 * @param body the answer, problem+json or anything else
	 * @param what what the command tried to do, as in "could not {@code upload x.csv}"
	 */
	static String describe(int status, String body, String what) {
		JsonNode problem = parse(body);
		String detail = problem.path("detail").asString("");
		StringBuilder text = new StringBuilder(switch (status) {
			case 401 -> "The server refused the token (401): CLIENTELE_TOKEN is wrong, expired or revoked.";
			case 403 -> "Permission denied (403): importing needs the permission customer:import and a read-write token.";
			case 404 -> "Not found (404): is CLIENTELE_URL the address of a Clientele server?";
			default -> "Could not " + what + ": the server answered " + status + ".";
		});
		if (!detail.isBlank()) {
			text.append(' ').append(detail);
		}
		for (JsonNode error : problem.path("errors")) {
			String field = error.path("field").asString("");
			text.append(System.lineSeparator()).append("  ").append(field.isEmpty() ? "" : field + ": ")
				.append(error.path("message").asString(error.path("code").asString("")));
		}
		return text.toString();
	}

	private static JsonNode parse(String body) {
		try {
			return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

}
