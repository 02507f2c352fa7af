package dev.clientele.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while input is checked, so that all of them are reported together. */
public final class Violations {

	private final List<Violation> list = new ArrayList<>();

	public void add(String path, String code, Object... args) {
		list.add(Violation.of(path, code, args));
	}

	public void addAll(List<Violation> more) {
		list.addAll(more);
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

	public List<Violation> list() {
		return List.copyOf(list);
	}

	/** Throws {@link InvalidInputException} if anything was collected. */
	public void throwIfAny() {
		if (!list.isEmpty()) {
			throw new InvalidInputException(list);
		}
	}

}
