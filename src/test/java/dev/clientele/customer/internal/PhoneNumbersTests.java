package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

	@Test
	void aChineseMobileInAnyCommonFormatBecomesE164() {
		assertThat(PhoneNumbers.e164("138 0013 8000")).hasValue("+8613800138000");
		assertThat(PhoneNumbers.e164("138-0013-8000")).hasValue("+8613800138000");
		assertThat(PhoneNumbers.e164("+86 138 0013 8000")).hasValue("+8613800138000");
		assertThat(PhoneNumbers.e164("0086 13800138000")).hasValue("+8613800138000");
	}

	@Test
	void fullWidthDigitsAsTypedOnChineseKeyboardsAreRead() {
		assertThat(PhoneNumbers.e164("１３８００１３８０００")).hasValue("+8613800138000");
	}

	@Test
	void landlinesWithAreaCodesAndForeignNumbersAreValid() {
		assertThat(PhoneNumbers.e164("0755-8765 4321")).hasValue("+8675587654321");
		assertThat(PhoneNumbers.e164("+1 650-253-0000")).hasValue("+16502530000");
	}

	@Test
	void numbersThatCannotExistAreRejected() {
		assertThat(PhoneNumbers.e164("12345")).isEmpty();
		assertThat(PhoneNumbers.e164("not a number")).isEmpty();
		assertThat(PhoneNumbers.e164("")).isEmpty();
		assertThat(PhoneNumbers.e164(null)).isEmpty();
	}

	@Test
	void digitsFoldFullWidthDigits() {
		assertThat(PhoneNumbers.digits("+86 (１３８) 0013-8000")).isEqualTo("8613800138000");
	}

}
