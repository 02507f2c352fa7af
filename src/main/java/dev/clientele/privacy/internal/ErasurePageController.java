package dev.clientele.privacy.internal;

import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.privacy.DataSubject;
import dev.clientele.privacy.PrivacyManagement;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The erasure form of a customer: a confirmation with a required reason. */
@PageController
class ErasurePageController {

	private final PrivacyManagement privacy;

	private final MessageSource messages;

	ErasurePageController(PrivacyManagement privacy, MessageSource messages) {
		this.privacy = privacy;
		this.messages = messages;
	}

	@RequiresPermission(Permission.CUSTOMER_ERASE)
	@GetMapping("/customers/{id}/erasure")
	String form(@PathVariable String id, Model model) {
		return show(privacy.subject(PrivacyApiController.id(id)), "", FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CUSTOMER_ERASE)
	@PostMapping("/customers/{id}/erasure")
	String erase(@PathVariable String id, @RequestParam(required = false) String reason, Model model, Locale locale,
			RedirectAttributes redirect) {
		UUID customerId = PrivacyApiController.id(id);
		try {
			privacy.erase(customerId, reason);
		}
		catch (InvalidInputException ex) {
			return show(privacy.subject(customerId), reason, FormErrors.of(ex.violations(), messages, locale), model);
		}
		redirect.addFlashAttribute("flash", "flash.customerErased");
		redirect.addFlashAttribute("flashName", "");
		return "redirect:/customers";
	}

	private static String show(DataSubject subject, String reason, FormErrors errors, Model model) {
		model.addAttribute("subject", subject);
		model.addAttribute("reason", reason == null ? "" : reason);
		model.addAttribute("errors", errors);
		return "privacy/erasure";
	}

}
