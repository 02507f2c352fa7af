package dev.clientele.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL runs loudly when no server answers, except under {@code CI=true}, where a
 * missing server fails the run.
 */
public class RequiresDatabase implements ExecutionCondition {

	private static volatile String problem;

	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.isPostgres()) {
			return ConditionEvaluationResult.enabled("H2");
		}
		if (!checked) {
			problem = TestDatabase.postgresProblem();
			checked = true;
		}
		if (problem == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.postgresUrl());
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + TestDatabase.postgresUrl()
					+ ": " + problem);
		}
		String message = "SKIPPED ON POSTGRESQL: no server at " + TestDatabase.postgresUrl() + " (" + problem + ")";
		System.err.println("*** " + message);
		return ConditionEvaluationResult.disabled(message);
	}

}
