package dev.clientele.web.internal;

import dev.clientele.shared.ConflictException;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.GoneException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page asked for a record that does not exist or is deleted (the 404 page), whose personal data
 * was erased (the 410 page), or for something the user may not do (the 403 page), in the user's language.
 */
@ControllerAdvice(annotations = PageController.class)
class PageFailureAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(GoneException.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone() {
		return "error/410";
	}

	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}
