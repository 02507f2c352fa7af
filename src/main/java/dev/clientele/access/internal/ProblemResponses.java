package dev.clientele.access.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** RFC 9457 answers for requests the security filters turn away, before any controller runs. */
@Component
class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, 401, "unauthorized", "problem.unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
		write(request, response, 403, "forbidden", "problem.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String code)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ObjectNode problem = JSON.createObjectNode();
		problem.put("type", "https://clientele.dev/problems/" + type);
		problem.put("title", messages.getMessage("problem.title." + type, null, type, locale));
		problem.put("status", status);
		problem.put("detail", messages.getMessage(code, null, code, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(problem.toString());
	}

}
