package dev.clientele.demo.internal;

import java.util.List;
import java.util.Random;

/**
 * Chinese mobile numbers: a real three-digit network prefix and eight random digits. Every
 * prefix here is one for which libphonenumber accepts all eight-digit endings as a valid CN
 * mobile number ({@code DemoCustomersTests} checks this).
 */
final class MobileNumbers {

	static final List<String> PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
			"147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
			"178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199");

	private MobileNumbers() {
	}

	/** Eleven digits, e.g. {@code 13800138000}. */
	static String next(Random random) {
		return PREFIXES.get(random.nextInt(PREFIXES.size())) + String.format("%08d", random.nextInt(100_000_000));
	}

	/** The number as people type it: plain, with spaces (138 0013 8000) or with dashes. */
	static String typed(String digits, Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
			case 1 -> digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
			default -> digits;
		};
	}

}
