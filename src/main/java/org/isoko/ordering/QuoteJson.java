package org.isoko.ordering;

import java.util.concurrent.atomic.LongAdder;

import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of an order's trade quote: what {@link OrderStore} keeps in {@code quote_json}
 * and what the API answers as the order's {@code quote}, the same text. A quote is a deep
 * record (~5 KB of JSON for a few lines); checkout wrote it twice per order, once to
 * store it (6 % of a checkout's CPU in the profile of the checkout benchmark) and once
 * more in the 201.
 * <p>
 * The text leaves out null fields, as the API's JSON does everywhere
 * ({@code spring.jackson.default-property-inclusion}); a quote stored earlier with its
 * nulls written reads back the same.
 */
@Component
public final class QuoteJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	/**
	 * Enough for every order in flight (Tomcat threads, a drop's batches, the batches of
	 * API orders, which make their quote's JSON before they are queued): an order's quote
	 * is written once and found here when it is stored and when it is answered.
	 */
	private static final int RECENT = 256;

	private final Quote[] quotes = new Quote[RECENT];

	private final String[] texts = new String[RECENT];

	private int next;

	private final LongAdder written = new LongAdder();

	/**
	 * The quote's JSON: the text made for the same quote object a moment ago (found by
	 * identity: hashing or comparing a deep record costs more than a look at a few
	 * references), else made now. A drop prices its orders once a second per kind of
	 * buyer and shares that quote object (see {@code DropOrdering}), so in a rush its
	 * JSON is made once a second.
	 */
	public String write(Quote quote) {
		synchronized (this) {
			for (int i = 0; i < quotes.length; i++) {
				if (quotes[i] == quote) {
					return texts[i];
				}
			}
		}
		String text = JSON.writeValueAsString(quote);
		written.increment();
		synchronized (this) {
			quotes[next] = quote;
			texts[next] = text;
			next = (next + 1) % quotes.length;
		}
		return text;
	}

	public @Nullable String writeNullable(@Nullable Quote quote) {
		return quote == null ? null : write(quote);
	}

	public static @Nullable Quote read(@Nullable String json) {
		return json == null ? null : JSON.readValue(json, Quote.class);
	}

	/** How many quotes were turned into JSON so far (not those found made). */
	long written() {
		return written.sum();
	}

}
