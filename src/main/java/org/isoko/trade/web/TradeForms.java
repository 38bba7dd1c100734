package org.isoko.trade.web;

import java.math.BigDecimal;
import java.util.Map;

import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;

/**
 * What the operators' reference-data pages share: refusals shown next to their field, and
 * list pages.
 */
final class TradeForms {

	static final int PAGE_SIZE = 20;

	private TradeForms() {
	}

	/**
	 * A refused edit as page errors: the named field, an overlap next to validFrom,
	 * anything else above the form.
	 */
	static Map<String, String> errors(RuntimeException refusal) {
		String message = String.valueOf(refusal.getMessage());
		if (refusal instanceof InvalidInput) {
			String field = ((InvalidInput) refusal).field();
			return Map.of(field == null ? "other" : field, message);
		}
		if (refusal instanceof Conflict) {
			return Map.of("validFrom", message);
		}
		return Map.of("other", message);
	}

	static PageRequest page(int page) {
		return new PageRequest(Math.max(0, Math.min(page, 100_000)), Math.min(PAGE_SIZE, PageOf.MAX_SIZE));
	}

	static String orEmpty(@Nullable Object value) {
		return value == null ? ""
				: value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
	}

}
