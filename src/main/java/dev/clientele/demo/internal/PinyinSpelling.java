package dev.clientele.demo.internal;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Toneless lower-case pinyin of Chinese text, for the local parts and domains of demo emails. */
final class PinyinSpelling {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private PinyinSpelling() {
	}

	/** The first reading of each Chinese character; ASCII letters and digits kept, anything else dropped. */
	static String of(String text) {
		StringBuilder out = new StringBuilder();
		for (char ch : text.toCharArray()) {
			if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
				out.append(ch);
				continue;
			}
			try {
				String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
				if (readings != null && readings.length > 0) {
					out.append(readings[0]);
				}
			}
			catch (BadHanyuPinyinOutputFormatCombination ex) {
				throw new IllegalStateException(ex);
			}
		}
		return out.toString();
	}

}
