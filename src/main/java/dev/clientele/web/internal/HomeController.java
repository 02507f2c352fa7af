package dev.clientele.web.internal;

import dev.clientele.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door leads to the customer list. */
@PageController
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/customers";
	}

}
