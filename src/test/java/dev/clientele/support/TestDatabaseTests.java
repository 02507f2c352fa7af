package dev.clientele.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TestDatabaseTests {

	@Test
	void databaseNamesAreLowerCaseLettersOnlySoThatNoneLooksLikeAPhoneNumberInTheLog() {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			names.add(TestDatabase.newName());
		}
		assertThat(names).hasSize(1000).allSatisfy(name -> assertThat(name).matches("[a-z]{16}"));
	}

}
