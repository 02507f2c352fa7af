package dev.clientele.webhook.internal;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.shared.Ids;
import dev.clientele.webhook.RegisterWebhook;
import dev.clientele.webhook.Webhook;

/** The webhook form as posted. The secret field is always shown empty; left empty on edit, the secret stays. */
public class WebhookForm {

	static final String[] BINDABLE = { "url", "events", "secret", "roleId", "active" };

	/** Stands for a role id that is not an id at all, so that it is reported like an unknown role. */
	private static final java.util.UUID NO_ROLE = new java.util.UUID(0, 0);

	private String url;

	private List<String> events = new ArrayList<>();

	private String secret;

	private String roleId;

	private boolean active;

	static WebhookForm blank() {
		WebhookForm form = new WebhookForm();
		form.setActive(true);
		return form;
	}

	static WebhookForm of(Webhook webhook) {
		WebhookForm form = new WebhookForm();
		form.setUrl(webhook.url());
		form.setEvents(new ArrayList<>(webhook.events()));
		form.setRoleId(webhook.roleId().toString());
		form.setActive(webhook.active());
		return form;
	}

	/** The command; an empty secret means "keep it" (and is reported as missing when registering). */
	RegisterWebhook toCommand() {
		return new RegisterWebhook(url, events, secret == null || secret.isEmpty() ? null : secret,
				roleId == null || roleId.isBlank() ? null : Ids.parse(roleId).orElse(NO_ROLE), active);
	}

	public boolean subscribes(String event) {
		return events.contains(event);
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public List<String> getEvents() {
		return events;
	}

	public void setEvents(List<String> events) {
		this.events = events == null ? new ArrayList<>() : events;
	}

	public String getSecret() {
		return secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public String getRoleId() {
		return roleId;
	}

	public void setRoleId(String roleId) {
		this.roleId = roleId;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
