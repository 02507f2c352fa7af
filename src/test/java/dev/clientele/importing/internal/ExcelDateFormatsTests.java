package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.importing.internal.ExcelDateFormats.Kind;
import org.junit.jupiter.api.Test;

class ExcelDateFormatsTests {

	@Test
	void builtInFormatsAreKnownByTheirIdEvenWithoutText() {
		assertThat(ExcelDateFormats.kind(14, null)).isEqualTo(Kind.DATE);
		assertThat(ExcelDateFormats.kind(22, null)).isEqualTo(Kind.DATE_TIME);
		assertThat(ExcelDateFormats.kind(31, null)).as("yyyy年m月d日 in Chinese Excel").isEqualTo(Kind.DATE);
		assertThat(ExcelDateFormats.kind(32, null)).as("h时mm分").isEqualTo(Kind.TIME);
		assertThat(ExcelDateFormats.kind(0, "General")).isEqualTo(Kind.NONE);
		assertThat(ExcelDateFormats.kind(null, null)).isEqualTo(Kind.NONE);
	}

	@Test
	void customFormatsAreReadFromTheirCodes() {
		assertThat(ExcelDateFormats.kind(176, "yyyy\"年\"m\"月\"d\"日\"")).isEqualTo(Kind.DATE);
		assertThat(ExcelDateFormats.kind(177, "[$-804]yyyy/m/d h:mm;@")).isEqualTo(Kind.DATE_TIME);
		assertThat(ExcelDateFormats.kind(178, "mmm-yy")).isEqualTo(Kind.DATE);
		assertThat(ExcelDateFormats.kind(179, "mm:ss")).isEqualTo(Kind.TIME);
		assertThat(ExcelDateFormats.kind(180, "上午/下午h\"时\"mm\"分\"")).isEqualTo(Kind.TIME);
	}

	@Test
	void numberCurrencyAndDurationFormatsAreNoDates() {
		assertThat(ExcelDateFormats.kind(181, "#,##0.00_);[Red](#,##0.00)")).isEqualTo(Kind.NONE);
		assertThat(ExcelDateFormats.kind(182, "\"¥\"#,##0.00;\"¥\"-#,##0.00")).isEqualTo(Kind.NONE);
		assertThat(ExcelDateFormats.kind(183, "0.00E+00")).isEqualTo(Kind.NONE);
		assertThat(ExcelDateFormats.kind(184, "[h]:mm:ss")).isEqualTo(Kind.NONE);
		assertThat(ExcelDateFormats.kind(185, "0\" days\"")).isEqualTo(Kind.NONE);
	}

}
