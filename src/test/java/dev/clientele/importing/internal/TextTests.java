package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTests {

	@Test
	void fullWidthDigitsLettersAndSpacesBecomeHalfWidth() {
		assertThat(Text.halfWidth("１３８ ００１３ ８０００")).isEqualTo("138 0013 8000");
		assertThat(Text.halfWidth("ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ")).isEqualTo("ABC@example.com");
		assertThat(Text.halfWidth("广州　天河")).isEqualTo("广州 天河");
	}

	@Test
	void chineseTextIsLeftAlone() {
		assertThat(Text.halfWidth("深圳市南山区科技园")).isEqualTo("深圳市南山区科技园");
	}

	@Test
	void headerKeysIgnoreCaseSpacesWidthAndRequiredMarks() {
		assertThat(Text.key(" E Mail ")).isEqualTo(Text.key("e　ＭＡＩＬ"));
		assertThat(Text.key("*客户名称")).isEqualTo("客户名称");
		assertThat(Text.key("客户名称 *")).isEqualTo("客户名称");
	}

}
