package dev.clientele.importing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Chinese and English header names, with their usual synonyms, that map to each standard
 * field, including the headers the export writes in both languages ({@code customer.field.*}).
 * The export's own bookkeeping columns (ID, created, updated, version) are ignored.
 */
final class HeaderSynonyms {

	private static final Map<String, TargetField> FIELDS = new HashMap<>();

	private static final Set<String> IGNORED = Stream
		.of("id", "客户id", "created", "创建时间", "updated", "更新时间", "version", "版本")
		.map(Text::key)
		.collect(Collectors.toUnmodifiableSet());

	static {
		add(TargetField.NAME, "客户名称", "公司名称", "名称", "客户", "name", "company");
		add(TargetField.PHONES, "手机", "手机号", "手机号码", "电话", "联系电话", "phone", "phones", "mobile", "tel");
		add(TargetField.EMAILS, "邮箱", "电子邮箱", "邮件", "email", "emails", "e-mail");
		add(TargetField.PROVINCE, "省份", "省", "所在省份", "province");
		add(TargetField.CITY, "城市", "市", "所在城市", "city");
		add(TargetField.DISTRICT, "区县", "区", "县", "district");
		add(TargetField.ADDRESS, "地址", "详细地址", "address");
		add(TargetField.INDUSTRY, "行业", "所属行业", "industry");
		add(TargetField.LEVEL, "级别", "客户级别", "等级", "level");
		add(TargetField.SOURCE, "来源", "客户来源", "source");
		add(TargetField.STATUS, "状态", "客户状态", "status");
		add(TargetField.OWNER, "负责人", "owner");
		add(TargetField.NOTES, "备注", "notes", "remark");
		add(TargetField.TAGS, "标签", "tags");
		add(TargetField.KIND, "类型", "客户类型", "kind");
		add(TargetField.CONTACT_NAME, "联系人", "联系人姓名", "contact");
		add(TargetField.CONTACT_PHONES, "联系人电话", "联系人手机");
		add(TargetField.CONTACT_EMAILS, "联系人邮箱");
		add(TargetField.CONTACT_TITLE, "职务", "职位", "title");
	}

	private HeaderSynonyms() {
	}

	private static void add(TargetField field, String... headers) {
		for (String header : headers) {
			if (FIELDS.put(Text.key(header), field) != null) {
				throw new IllegalStateException("Header synonym listed twice: " + header);
			}
		}
	}

	/** The standard field a header names, compared by {@link Text#key(String)}. */
	static Optional<TargetField> field(String header) {
		return Optional.ofNullable(FIELDS.get(Text.key(header)));
	}

	/** Whether a header is one of the export's bookkeeping columns, ignored unless mapped. */
	static boolean isIgnored(String header) {
		return IGNORED.contains(Text.key(header));
	}

}
