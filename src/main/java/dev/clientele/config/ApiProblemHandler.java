package dev.clientele.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.shared.ConflictException;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.GoneException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.UnauthenticatedException;
import dev.clientele.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of the REST API into RFC 9457 problem details in the caller's language
 * ({@code Accept-Language}). A 400 lists every bad field by JSON path; nothing carries a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

	private static final String TYPES = "https://clientele.dev/problems/";

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalidInput");
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map(v -> Map.of("field", v.path(), "code", v.code(), "message", message(v, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound"));
	}

	@ExceptionHandler(GoneException.class)
	ResponseEntity<ProblemDetail> gone(GoneException ex) {
		ProblemDetail problem = problem(HttpStatus.GONE, "gone", ex.code());
		problem.setProperty("code", ex.code());
		return ResponseEntity.status(HttpStatus.GONE).body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "conflict", ex.code()));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", ex.code());
		problem.setProperty("fields", ex.fields());
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@ExceptionHandler(UnauthenticatedException.class)
	ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"clientele\"")
			.body(problem(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.signInFailed"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(InvalidInputException.of(ex.getName(), "param.type"));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(InvalidInputException.of(ex.getParameterName(), "param.required")).getBody());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "body.notJson");
		problem.setProperty("errors", List.of(Map.of("field", "", "code", "body.notJson", "message",
				messages.getMessage("body.notJson", null, LocaleContextHolder.getLocale()))));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		LOG.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal"));
	}

	private ProblemDetail problem(HttpStatus status, String type, String code) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(code, null, code, locale));
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(messages.getMessage("problem.title." + type, null, status.getReasonPhrase(), locale));
		return problem;
	}

	private String message(Violation violation, Locale locale) {
		return messages.getMessage(violation.code(), violation.args().toArray(), violation.code(), locale);
	}

}
