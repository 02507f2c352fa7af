package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.Phone;
import org.junit.jupiter.api.Test;

class SearchKeysTests {

	@Test
	void everyFragmentOfAChineseNameIsThePrefixOfAKey() {
		Map<String, Integer> keys = SearchKeys.of(customer("深圳市田嘉华科技有限公司"), List.of());

		assertThat(keys).containsKeys("n深圳市田嘉华科技有限公司", "n田嘉华科技有限公司", "n有限公司", "n公司");
		assertThat(keys.keySet()).anyMatch(key -> key.startsWith("n田嘉"));
	}

	@Test
	void namesAreFoundByTheirPinyinAndItsInitials() {
		Map<String, Integer> keys = SearchKeys.of(customer("张三"), List.of());

		assertThat(keys).containsKeys("nzhangsan", "nsan", "nzs");
	}

	@Test
	void aNameStartRanksAboveAFragmentInsideAndAboveContactsAndPhones() {
		Map<String, Integer> keys = SearchKeys.of(customer("田嘉华"), List.of("李雷"));

		assertThat(keys.get("n田嘉华")).isLessThan(keys.get("n嘉华"));
		assertThat(keys.get("n嘉华")).isLessThan(keys.get("ntianjiahua"));
		assertThat(keys.get("ntianjiahua")).isLessThan(keys.get("c李雷"));
	}

	@Test
	void phonesAreKeyedByReversedDigitsSoThatTheirLastDigitsArePrefixes() {
		Map<String, Integer> keys = SearchKeys.of(customer("王五"), List.of());

		assertThat(keys).containsKey("p0008310083168");
	}

	@Test
	void textIsFoldedToHalfWidthLowerCaseWithoutSpaces() {
		assertThat(SearchKeys.normalize("ＡＣＭＥ  Trading Ｃｏ.")).isEqualTo("acmetradingco.");
	}

	@Test
	void contactNamesAndEmailsAreKeysToo() {
		Map<String, Integer> keys = SearchKeys.of(customer("王五"), List.of("李雷"));

		assertThat(keys).containsKeys("c李雷", "clilei", "cll", "ewang@example.com");
	}

	@Test
	void veryLongNamesAreCutToTheLongestKey() {
		String name = "a".repeat(100);

		assertThat(SearchKeys.of(customer(name), List.of()).keySet())
			.allMatch(key -> key.length() <= SearchKeys.MAX_KEY + 1);
	}

	private static CustomerProfile customer(String name) {
		return new CustomerProfile(CustomerKind.COMPANY, name, List.of(new Phone("13800138000", null, "+8613800138000")),
				List.of(new Email("wang@example.com", null)), null, null, null, null, null, null, null, null,
				UUID.randomUUID(), List.of(), null, Map.of());
	}

}
