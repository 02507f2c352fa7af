package dev.clientele.consent.internal;

/**
 * The consent card's form: a subject (empty for the customer, else a contact id), a channel, a
 * status and a source; also the opt-in form's subject.
 */
class ConsentForm {

	static final String[] BINDABLE = { "subject", "channel", "status", "source" };

	private String subject = "";

	private String channel = "email";

	private String status = "granted";

	private String source = "";

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject == null ? "" : subject;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
