package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerProblemTests {

	@Test
	void aRefusedFileListsEveryFieldErrorOnALineOfItsOwn() {
		String body = """
				{"type": "https://clientele.dev/problems/invalid-input", "status": 400, "detail": "Some input is not valid.",
				 "errors": [{"field": "mapping.甲方", "code": "import.mapping.unknownHeader", "message": "No column 甲方."},
				            {"field": "file", "code": "import.file.noRows", "message": "No data rows."}]}""";

		String text = ServerProblem.describe(400, body, "upload x.csv");

		assertThat(text.lines()).containsExactly("Could not upload x.csv: the server answered 400. Some input is not valid.",
				"  mapping.甲方: No column 甲方.", "  file: No data rows.");
	}

	@Test
	void aRefusedTokenIsNamed() {
		assertThat(ServerProblem.describe(401, "{\"detail\": \"Sign in, or send a valid API token.\"}", "x"))
			.contains("401", "CLIENTELE_TOKEN", "Sign in, or send a valid API token.");
	}

	@Test
	void aMissingPermissionIsNamed() {
		assertThat(ServerProblem.describe(403, "{\"detail\": \"This token may only read.\"}", "x"))
			.contains("403", "customer:import", "read-write", "This token may only read.");
	}

	@Test
	void anAnswerThatIsNotJsonStillGivesTheStatus() {
		assertThat(ServerProblem.describe(502, "<html>Bad gateway</html>", "upload x.csv"))
			.isEqualTo("Could not upload x.csv: the server answered 502.");
	}

}
