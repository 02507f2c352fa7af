package dev.clientele.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	static final PasswordPolicy POLICY = PasswordPolicy.load();

	@Test
	void theTenThousandMostCommonPasswordsAreShipped() {
		assertThat(POLICY.commonCount()).isBetween(9_900, 10_000);
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(POLICY.problem("password", "zhang")).hasValue("password.common");
		assertThat(POLICY.problem("Tianjiahua#88", "zhang")).isEmpty();
		assertThat(POLICY.problem("QWERTYUIOP", "zhang")).hasValue("password.common");
	}

	@Test
	void lengthIsEightToOneHundredTwentyEightCharactersOfAnyKind() {
		assertThat(POLICY.problem("短密码", "zhang")).hasValue("password.length");
		assertThat(POLICY.problem("x".repeat(129), "zhang")).hasValue("password.length");
		assertThat(POLICY.problem("客户数据库很安全啊", "zhang")).isEmpty();
		assertThat(POLICY.problem("correct horse battery staple", "zhang")).isEmpty();
	}

	@Test
	void aPasswordContainingTheLoginIsRefused() {
		assertThat(POLICY.problem("zhangsan2024!", "zhangsan")).hasValue("password.login");
	}

}
