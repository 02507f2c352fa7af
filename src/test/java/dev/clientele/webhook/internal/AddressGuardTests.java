package dev.clientele.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTests {

	private final AddressGuard guard = new AddressGuard(false);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://127.8.9.10:8080/hook", "http://localhost/hook",
			"http://10.1.2.3/hook", "http://172.16.0.1/hook", "http://172.31.255.255/hook", "http://192.168.1.10/hook",
			"http://169.254.169.254/latest/meta-data", "http://100.64.0.1/hook", "http://100.127.255.254/hook",
			"http://0.0.0.0/hook", "http://224.0.0.1/hook", "http://255.255.255.255/hook", "http://[::1]/hook",
			"http://[::]/hook", "http://[fc00::1]/hook", "http://[fd12:3456::1]/hook", "http://[fe80::1]/hook",
			"http://[ff02::1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://[::ffff:10.0.0.1]/hook",
			"http://[64:ff9b::a00:1]/hook", "http://[2002:c0a8:0101::1]/hook", "http://192.0.0.8/hook",
			"http://198.18.0.1/hook", "http://198.19.255.1/hook", "http://[2001:0:4136:e378::1]/hook",
			"http://[64:ff9b:1::a00:1]/hook" })
	void targetsInInternalRangesAreRefused(String url) {
		assertThat(guard.problem(url)).contains(AddressGuard.PRIVATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://93.184.215.14/hook", "http://8.8.8.8:8080/x", "https://172.32.0.1/hook",
			"https://100.128.0.1/hook", "https://[2606:4700:4700::1111]/hook", "https://11.0.0.1/hook" })
	void publicAddressesAreAccepted(String url) {
		assertThat(guard.problem(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://93.184.215.14/hook", "file:///etc/passwd", "gopher://8.8.8.8/", "javascript:alert(1)",
			"//8.8.8.8/hook" })
	void onlyHttpAndHttpsAreAccepted(String url) {
		assertThat(guard.problem(url)).contains(AddressGuard.SCHEME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://user:pass@8.8.8.8/hook", "https://8.8.8.8/hook#part", "http:///nohost", "http://exa mple.com/" })
	void urlsWithCredentialsFragmentsOrNoHostAreInvalid(String url) {
		assertThat(guard.problem(url)).contains(AddressGuard.INVALID);
	}

	@Test
	void aNameIsRefusedIfAnyOfItsAddressesIsInternal() {
		Map<String, String[]> dns = Map.of("mixed.example", new String[] { "93.184.215.14", "10.0.0.7" }, "public.example",
				new String[] { "93.184.215.14", "2606:4700:4700::1111" });
		AddressGuard withFakeDns = new AddressGuard(false, host -> {
			String[] addresses = dns.get(host);
			if (addresses == null) {
				throw new UnknownHostException(host);
			}
			InetAddress[] resolved = new InetAddress[addresses.length];
			for (int i = 0; i < addresses.length; i++) {
				resolved[i] = InetAddress.getByName(addresses[i]);
			}
			return resolved;
		});

		assertThat(withFakeDns.problem("https://mixed.example/hook")).contains(AddressGuard.PRIVATE);
		assertThat(withFakeDns.problem("https://public.example/hook")).isEmpty();
		assertThat(withFakeDns.problem("https://nowhere.example/hook")).contains(AddressGuard.UNRESOLVED);
	}

	@Test
	void allowingPrivateTargetsStillChecksTheScheme() {
		AddressGuard lenient = new AddressGuard(true);

		assertThat(lenient.problem("http://127.0.0.1:8080/hook")).isEmpty();
		assertThat(lenient.problem("http://10.0.0.1/hook")).isEmpty();
		assertThat(lenient.problem("ftp://127.0.0.1/hook")).contains(AddressGuard.SCHEME);
	}

}
