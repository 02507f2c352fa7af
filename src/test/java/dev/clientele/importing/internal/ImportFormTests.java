package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.LoadMode;
import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportOptions;
import dev.clientele.importing.MappingTemplate;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.junit.jupiter.api.Test;

class ImportFormTests {

	@Test
	void theMappingNamesEveryColumnAndLeavesOutThoseWithoutAField() {
		ImportForm form = form(List.of("客户名称", "手机", "内部编号"), List.of("name", "phones", ""));

		assertThat(form.mapping()).isEqualTo("{\"客户名称\":\"name\",\"手机\":\"phones\",\"内部编号\":null}");
	}

	@Test
	void anUploadWithoutColumnsLeavesTheMappingToTheImport() {
		assertThat(new ImportForm().mapping()).isNull();
		assertThat(new ImportForm().options()).isEqualTo(ImportOptions.defaults());
	}

	@Test
	void noTickedMatchBoxMeansEveryRowIsNew() {
		ImportForm form = new ImportForm();
		form.setMatch(new ArrayList<>());
		form.setMode("update");
		form.setDryRun(true);

		ImportOptions options = form.options();

		assertThat(options.matchBy()).isEmpty();
		assertThat(options.mode()).isEqualTo(LoadMode.UPDATE);
		assertThat(options.dryRun()).isTrue();
	}

	@Test
	void aTemplateMapsTheColumnsItNamesComparedAsHeadersAreAndKeepsTheOthers() {
		ImportForm form = form(List.of("客户名称", " 编 号 ", "其他"), List.of("name", "", "notes"));

		form.apply(template("{\"编号\": \"tags\", \"不在文件中\": \"city\", \"客户名称\": null}"));

		assertThat(form.getFields()).containsExactly("", "tags", "notes");
	}

	@Test
	void aTemplateThatNamesNoColumnOfTheFileIsRefusedAtTheTemplateChoice() {
		ImportForm form = form(List.of("客户名称"), List.of("name"));

		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> form.apply(template("{\"城市\": \"city\"}")));

		assertThat(error.violations()).containsExactly(Violation.of("templateId", "import.template.noColumn", "月度表"));
		assertThat(form.getFields()).containsExactly("name");
	}

	@Test
	void aDraftsFormShowsItsOptions() {
		ImportOptions options = new ImportOptions("GBK", LoadMode.SKIP, Set.of(MatchKey.EMAIL), null, true);

		ImportForm form = ImportForm.of(options, null);

		assertThat(form.getEncoding()).isEqualTo("GBK");
		assertThat(form.getMode()).isEqualTo("skip");
		assertThat(form.getMatch()).containsExactly("email");
		assertThat(form.isDryRun()).isTrue();
	}

	private static ImportForm form(List<String> headers, List<String> fields) {
		ImportForm form = new ImportForm();
		form.setHeaders(new ArrayList<>(headers));
		form.setFields(new ArrayList<>(fields));
		return form;
	}

	private static MappingTemplate template(String mapping) {
		return new MappingTemplate(UUID.randomUUID(), "月度表", mapping, Instant.now());
	}

}
