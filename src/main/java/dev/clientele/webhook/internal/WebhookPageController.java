package dev.clientele.webhook.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.Role;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import dev.clientele.webhook.Webhook;
import dev.clientele.webhook.WebhookEvents;
import dev.clientele.webhook.WebhookManagement;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Webhook administration pages: the list, the form, the delivery log and redelivery. */
@PageController
class WebhookPageController {

	private static final String LIST = "/admin/webhooks";

	private final WebhookManagement webhooks;

	private final AccessManagement access;

	private final MessageSource messages;

	WebhookPageController(WebhookManagement webhooks, AccessManagement access, MessageSource messages) {
		this.webhooks = webhooks;
		this.access = access;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyWebhookFields(WebDataBinder binder) {
		binder.setAllowedFields(WebhookForm.BINDABLE);
	}

	@GetMapping(LIST)
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String list(Model model) {
		model.addAttribute("webhooks", webhooks.webhooks());
		model.addAttribute("roleNames", roleNames());
		return "admin/webhooks";
	}

	@GetMapping(LIST + "/new")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String blank(Model model) {
		return form(null, WebhookForm.blank(), FormErrors.none(), model);
	}

	@PostMapping(LIST)
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String register(@ModelAttribute("form") WebhookForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			Webhook webhook = webhooks.register(form.toCommand());
			return Flash.redirect(redirect, LIST, "flash.webhookRegistered", webhook.url());
		}
		catch (InvalidInputException ex) {
			return form(null, form, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@GetMapping(LIST + "/{id}")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String edit(@PathVariable String id, Model model) {
		Webhook webhook = find(id);
		return form(webhook, WebhookForm.of(webhook), FormErrors.none(), model);
	}

	@PostMapping(LIST + "/{id}")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String change(@PathVariable String id, @ModelAttribute("form") WebhookForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		Webhook webhook = find(id);
		try {
			Webhook changed = webhooks.change(webhook.id(), form.toCommand());
			return Flash.redirect(redirect, LIST, "flash.webhookSaved", changed.url());
		}
		catch (InvalidInputException ex) {
			return form(webhook, form, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@PostMapping(LIST + "/{id}/delete")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		Webhook webhook = find(id);
		webhooks.remove(webhook.id());
		return Flash.redirect(redirect, LIST, "flash.webhookDeleted", webhook.url());
	}

	@GetMapping(LIST + "/{id}/deliveries")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String deliveries(@PathVariable String id, Model model) {
		Webhook webhook = find(id);
		model.addAttribute("webhook", webhook);
		model.addAttribute("deliveries", webhooks.deliveries(webhook.id(), 100));
		return "admin/webhook-deliveries";
	}

	@PostMapping(LIST + "/{id}/deliveries/{deliveryId}/redeliver")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	String redeliver(@PathVariable String id, @PathVariable String deliveryId, RedirectAttributes redirect) {
		Webhook webhook = find(id);
		UUID delivery = Ids.parse(deliveryId).orElseThrow(() -> new NotFoundException("Delivery"));
		webhooks.redeliver(webhook.id(), delivery);
		return Flash.redirect(redirect, LIST + "/" + webhook.id() + "/deliveries", "flash.webhookRedelivered",
				delivery.toString());
	}

	private String form(Webhook webhook, WebhookForm form, FormErrors errors, Model model) {
		model.addAttribute("webhook", webhook);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(List.of(WebhookForm.BINDABLE)::contains));
		model.addAttribute("events", WebhookEvents.ALL);
		// only roles that see every customer can shape a webhook
		model.addAttribute("roles",
				access.roles().stream().filter(role -> role.scope() == dev.clientele.access.DataScope.ALL).toList());
		return "admin/webhook-form";
	}

	private Map<UUID, String> roleNames() {
		return access.roles().stream().collect(Collectors.toMap(Role::id, Role::name));
	}

	private Webhook find(String id) {
		return Ids.parse(id).flatMap(webhooks::find).orElseThrow(() -> new NotFoundException("Webhook"));
	}

}
