package dev.clientele.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once on the page a successful form post redirects to (post-redirect-get). */
public final class Flash {

	private Flash() {
	}

	/**
	 * Redirects to {@code path}, where the layout shows the message {@code code} with {@code name}
	 * as its argument.
	 */
	public static String redirect(RedirectAttributes redirect, String path, String code, String name) {
		redirect.addFlashAttribute("flash", code);
		redirect.addFlashAttribute("flashName", name);
		return "redirect:" + path;
	}

}
