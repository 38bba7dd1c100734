package org.isoko.channels.ussd;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.isoko.shared.PageOf;

/**
 * A numbered list of up to {@link #PER_SCREEN} items with "5 more" when there are others,
 * and how the caller's answer to it is read. The screen's data carries the page and the
 * ids shown ({@code p:<page>:<id>:<id>…}), so the answer picks what was on the caller's
 * screen even if the list changed since.
 */
final class PagedChoices {

	static final int PER_SCREEN = 4;

	private static final String MORE = "5";

	private PagedChoices() {
	}

	/** The screen of one page (callers answer an empty first page themselves). */
	static <T> Step screen(UssdTexts texts, Locale locale, String titleKey, int page, PageOf<T> items,
			Function<T, String> line, Function<T, UUID> id) {
		StringBuilder screen = new StringBuilder(texts.get(locale, titleKey));
		StringBuilder data = new StringBuilder("p:" + page);
		List<T> shown = items.items();
		for (int i = 0; i < shown.size(); i++) {
			screen.append('\n').append(i + 1).append(' ').append(line.apply(shown.get(i)));
			data.append(':').append(id.apply(shown.get(i)));
		}
		if (items.hasNext()) {
			screen.append('\n').append(MORE).append(' ').append(texts.get(locale, "ussd.more"));
		}
		return Step.more(screen.toString(), data.toString());
	}

	/** What the caller chose on a list screen whose data is split into {@code parts}. */
	sealed interface Answer permits Show, Chosen {

	}

	/** Show a page: the next one after "5 more", the same one again after a wrong key. */
	record Show(int page) implements Answer {
	}

	record Chosen(UUID id) implements Answer {
	}

	static Answer answer(String[] parts, String input) {
		int page = Integer.parseInt(parts[1]);
		int shown = parts.length - 2;
		if (input.equals(MORE) && shown == PER_SCREEN) {
			return new Show(page + 1);
		}
		int choice = UssdInputs.choice(input, shown);
		return choice < 0 ? new Show(page) : new Chosen(UUID.fromString(parts[choice + 2]));
	}

}
