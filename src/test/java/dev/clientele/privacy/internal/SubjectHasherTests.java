package dev.clientele.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectHasherTests {

	final SubjectHasher hasher = new SubjectHasher("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8));

	@Test
	void aPhoneInAnyCommonFormatNormalisesToTheSameE164Number() {
		assertThat(SubjectHasher.normalisedPhone("138 0013 8000")).contains("+8613800138000");
		assertThat(SubjectHasher.normalisedPhone("+86-138-0013-8000")).contains("+8613800138000");
		assertThat(SubjectHasher.normalisedPhone("１３８００１３８０００")).contains("+8613800138000");
		assertThat(SubjectHasher.normalisedPhone("12")).isEmpty();
		assertThat(SubjectHasher.normalisedPhone(" ")).isEmpty();
	}

	@Test
	void anEmailNormalisesToLowerCaseWithoutSurroundingSpace() {
		assertThat(SubjectHasher.normalisedEmail("  Zhang.San@Example.CN ")).contains("zhang.san@example.cn");
		assertThat(SubjectHasher.normalisedEmail("no-at-sign")).isEmpty();
	}

	@Test
	void theHashIsAKeyedHmacSha256InHexThatDependsOnTheKeyAndTheKindOfValue() throws Exception {
		String phone = hasher.phoneHash("+8613800138000");

		assertThat(phone).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(hasher.phoneHash("+8613800138000")).isEqualTo(phone);
		assertThat(hasher.phoneHash("+8613800138001")).isNotEqualTo(phone);
		assertThat(hasher.emailHash("+8613800138000")).as("a phone and an email never share a hash").isNotEqualTo(phone);
		SubjectHasher otherKey = new SubjectHasher("another-key-of-enough-length".getBytes(StandardCharsets.UTF_8));
		assertThat(otherKey.phoneHash("+8613800138000")).isNotEqualTo(phone);
		// HMAC-SHA256("a-test-key-of-enough-length", "phone:+8613800138000"), computed independently
		assertThat(phone).isEqualTo(HmacReference.hex("a-test-key-of-enough-length", "phone:+8613800138000"));
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatThrownBy(() -> new SubjectHasher("short".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void withoutAConfiguredKeyOneIsGeneratedIntoAFileOnlyItsOwnerCanReadAndReusedOnTheNextStart(@TempDir Path data)
			throws Exception {
		byte[] first = SecretKeyConfiguration.key("", data);
		Path file = data.resolve(SecretKeyConfiguration.KEY_FILE);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(SecretKeyConfiguration.key(null, data)).isEqualTo(first);
		assertThat(SecretKeyConfiguration.key("configured-key-wins-over-file", data))
			.isEqualTo("configured-key-wins-over-file".getBytes(StandardCharsets.UTF_8));
	}

	/** A second, plain computation of HMAC-SHA256 from its definition (RFC 2104) over SHA-256. */
	static final class HmacReference {

		static String hex(String key, String message) throws Exception {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			byte[] k = new byte[64];
			byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
			System.arraycopy(keyBytes, 0, k, 0, keyBytes.length);
			byte[] inner = new byte[64];
			byte[] outer = new byte[64];
			for (int i = 0; i < 64; i++) {
				inner[i] = (byte) (k[i] ^ 0x36);
				outer[i] = (byte) (k[i] ^ 0x5c);
			}
			sha.update(inner);
			byte[] innerHash = sha.digest(message.getBytes(StandardCharsets.UTF_8));
			sha.update(outer);
			return java.util.HexFormat.of().formatHex(sha.digest(innerHash));
		}

		private HmacReference() {
		}

	}

}
