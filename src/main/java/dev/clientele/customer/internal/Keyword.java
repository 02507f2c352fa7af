package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.clientele.shared.InvalidInputException;

/**
 * A keyword as the search keys see it: a text prefix for names, contacts and emails, and for
 * digit strings also a phone prefix (reversed digits, so that the last digits of a number or the
 * whole number in any format match). Only the kinds of keys the reader may read are searched.
 */
final class Keyword {

	private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9０-９()\\-\\s]+");

	private final String text;

	private final String phone;

	private final String like;

	private final String plainText;

	private final String plainPhone;

	private Keyword(String plainText, String plainPhone) {
		this.plainText = plainText;
		this.plainPhone = plainPhone;
		this.text = escape(plainText);
		this.phone = plainPhone == null ? null : escape(plainPhone);
		this.like = "%" + text + "%";
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
		return new Keyword(normalized, phone);
	}

	/**
	 * Binds the prefixes of the given kinds of keys ({@link SearchKeys#NAME}, {@link SearchKeys#CONTACT},
	 * {@link SearchKeys#EMAIL}, {@link SearchKeys#PHONE}) and answers the parameter names bound.
	 */
	List<String> bind(Set<Character> kinds, Map<String, Object> params) {
		List<String> names = new ArrayList<>();
		for (char kind : List.of(SearchKeys.NAME, SearchKeys.CONTACT, SearchKeys.EMAIL, SearchKeys.PHONE)) {
			if (!kinds.contains(kind) || (kind == SearchKeys.PHONE && phone == null)) {
				continue;
			}
			String name = "kw_" + kind;
			params.put(name, kind + (kind == SearchKeys.PHONE ? phone : text) + "%");
			names.add(name);
		}
		params.put("kw_like", like);
		return names;
	}

	/**
	 * The first key matches of each bound kind, as (customer_id, weight) rows: up to
	 * {@code nameLimit} name keys and {@code otherLimit} of each other kind.
	 *
	 * @param ownerFilter {@code null}, or a condition on {@code owner_id} that limits the keys to a data scope
	 */
	static String candidates(List<String> params, int nameLimit, int otherLimit, String ownerFilter) {
		List<String> parts = new ArrayList<>();
		for (String param : params) {
			int cap = param.equals("kw_" + SearchKeys.NAME) ? nameLimit : otherLimit;
			parts.add("select customer_id, weight from (select customer_id, weight from customer_search_keys where search_key like :"
					+ param + " escape '\\'" + (ownerFilter == null ? " order by search_key" : " and " + ownerFilter)
					+ " fetch first " + cap + " rows only) " + param);
		}
		return parts.isEmpty() ? "select customer_id, weight from customer_search_keys where 1 = 0"
				: String.join(" union all ", parts);
	}

	/** Every customer whose keys of the bound kinds match, as a subquery of ids. */
	static String allMatches(List<String> params) {
		if (params.isEmpty()) {
			return "select customer_id from customer_search_keys where 1 = 0";
		}
		List<String> likes = params.stream().map(param -> "search_key like :" + param + " escape '\\'").toList();
		return "select customer_id from customer_search_keys where " + String.join(" or ", likes);
	}

	/**
	 * Whether a record's keys match as the bound prefixes would, for lists answered in memory
	 * (customers as recorded at an instant).
	 */
	boolean matchesAny(Collection<String> keys, Set<Character> kinds) {
		for (String key : keys) {
			char kind = key.charAt(0);
			if (!kinds.contains(kind)) {
				continue;
			}
			String prefix = kind == SearchKeys.PHONE ? plainPhone : plainText;
			if (prefix != null && key.startsWith(prefix, 1)) {
				return true;
			}
		}
		return false;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
