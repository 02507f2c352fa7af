package dev.clientele.customer.internal;

import java.util.Map;
import java.util.regex.Pattern;

import dev.clientele.shared.InvalidInputException;

/**
 * A keyword as the search keys see it: a text prefix, and for digit strings also a phone
 * prefix (reversed digits, so that the last digits of a number or the whole number in any
 * format match).
 */
final class Keyword {

	private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9０-９()\\-\\s]+");

	private final String text;

	private final String phone;

	private final String like;

	private Keyword(String text, String phone, String like) {
		this.text = text;
		this.phone = phone;
		this.like = like;
	}

	/**
	 * @return {@code null} for a blank keyword
	 * @throws InvalidInputException on {@code q} if it is shorter than 2 or longer than {@value SearchKeys#MAX_KEY} characters
	 */
	static Keyword parse(String keyword) {
		if (keyword == null || keyword.isBlank()) {
			return null;
		}
		String normalized = SearchKeys.normalize(keyword);
		int length = normalized.codePointCount(0, normalized.length());
		if (length < 2) {
			throw InvalidInputException.of("q", "search.tooShort", 2);
		}
		if (length > SearchKeys.MAX_KEY) {
			throw InvalidInputException.of("q", "search.tooLong", SearchKeys.MAX_KEY);
		}
		String phone = null;
		String digits = PhoneNumbers.digits(keyword);
		if (PHONE_LIKE.matcher(keyword.strip()).matches() && digits.length() >= 4) {
			phone = SearchKeys.reversedDigits(PhoneNumbers.e164(keyword).orElse(digits));
		}
		return new Keyword(escape(normalized), phone == null ? null : escape(phone), "%" + escape(normalized) + "%");
	}

	void bind(Map<String, Object> params) {
		params.put("kw_text", SearchKeys.TEXT + text + "%");
		if (phone != null) {
			params.put("kw_phone", SearchKeys.PHONE + phone + "%");
		}
		params.put("kw_like", like);
	}

	/** The first key matches of each kind, at most {@code limit} each, as (customer_id, weight) rows. */
	String candidates(int limit) {
		String text = "(select customer_id, weight from customer_search_keys where search_key like :kw_text escape '\\'"
				+ " order by search_key fetch first " + limit + " rows only)";
		if (phone == null) {
			return "select customer_id, weight from " + text + " t";
		}
		return "select customer_id, weight from " + text + " t union all select customer_id, weight from "
				+ "(select customer_id, weight from customer_search_keys where search_key like :kw_phone escape '\\'"
				+ " order by search_key fetch first " + limit + " rows only) p";
	}

	/** Every customer whose keys match, as a subquery of ids. */
	String allMatches() {
		String ids = "select customer_id from customer_search_keys where search_key like :kw_text escape '\\'";
		if (phone != null) {
			ids += " or search_key like :kw_phone escape '\\'";
		}
		return ids;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
