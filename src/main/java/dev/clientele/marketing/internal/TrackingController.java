package dev.clientele.marketing.internal;

import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public, signed endpoints a campaign message links to: the open pixel ({@code /t/o/...}), the
 * click redirect ({@code /t/c/...}) and the response form ({@code /r/...}). They need no sign-in;
 * a token that is not valid is answered 404 and records nothing.
 */
@Controller
class TrackingController {

	/** A transparent 1×1 GIF. */
	private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

	private final Feedback feedback;

	TrackingController(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/t/o/{token}")
	@ResponseBody
	ResponseEntity<byte[]> open(@PathVariable String token) {
		feedback.opened(token);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_GIF)
			.body(PIXEL);
	}

	@GetMapping("/t/c/{token}")
	ResponseEntity<Void> click(@PathVariable String token) {
		String target = feedback.clicked(token).orElseThrow(() -> new NotFoundException("Link"));
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).cacheControl(CacheControl.noStore()).build();
	}

	@GetMapping("/r/{token}")
	String form(@PathVariable String token, Model model) {
		Feedback.Form form = feedback.form(token).orElseThrow(() -> new NotFoundException("Response form"));
		model.addAttribute("campaign", form.campaign());
		model.addAttribute("answered", form.answered());
		model.addAttribute("answers", Map.of());
		model.addAttribute("token", token);
		return "campaigns/respond";
	}

	@PostMapping("/r/{token}")
	String respond(@PathVariable String token, @RequestParam Map<String, String> form, Model model) {
		Feedback.Form found = feedback.form(token).orElseThrow(() -> new NotFoundException("Response form"));
		Map<String, String> answers = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("answer.")) {
				answers.put(name.substring("answer.".length()), value);
			}
		});
		model.addAttribute("campaign", found.campaign());
		model.addAttribute("token", token);
		model.addAttribute("answers", answers);
		try {
			feedback.respond(token, answers);
			model.addAttribute("thanks", true);
			model.addAttribute("answered", true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("answered", false);
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations().forEach(v -> errors.put(v.path(), v.code()));
			model.addAttribute("errors", errors);
		}
		return "campaigns/respond";
	}

}
