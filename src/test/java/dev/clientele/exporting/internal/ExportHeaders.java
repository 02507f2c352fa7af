package dev.clientele.exporting.internal;

import java.util.List;
import java.util.Locale;

import dev.clientele.access.Access;
import dev.clientele.customfield.CustomField;
import dev.clientele.vocabulary.Vocabularies;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The header row the export writes for a reader with full access (without other modules' fact columns), for tests of other modules. */
public final class ExportHeaders {

	private ExportHeaders() {
	}

	public static List<String> of(Locale locale, List<CustomField> customFields) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ExportColumns(Access.system(), customFields, List.of(), new Vocabularies(List.of()), null, messages, locale)
			.header();
	}

}
