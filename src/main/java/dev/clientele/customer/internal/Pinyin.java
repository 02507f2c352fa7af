package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.List;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Pinyin readings of names (pinyin4j), first reading of each character, without tones. */
final class Pinyin {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	/**
	 * @param full the whole reading, e.g. {@code zhangsan}; other characters kept as they are
	 * @param initials the first letter of each syllable and each other character, e.g. {@code zs}
	 * @param syllableStarts where each syllable (or other character) starts in {@code full}
	 */
	record Reading(String full, String initials, List<Integer> syllableStarts, boolean hasChinese) {
	}

	private Pinyin() {
	}

	static Reading of(String text) {
		StringBuilder full = new StringBuilder();
		StringBuilder initials = new StringBuilder();
		List<Integer> starts = new ArrayList<>();
		boolean chinese = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String syllable = syllable(c);
			starts.add(full.length());
			if (syllable != null) {
				chinese = true;
				full.append(syllable);
				initials.append(syllable.charAt(0));
			}
			else {
				full.append(c);
				initials.append(c);
			}
		}
		return new Reading(full.toString(), initials.toString(), starts, chinese);
	}

	private static String syllable(char c) {
		if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
			return null;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			return readings == null || readings.length == 0 ? null : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

}
