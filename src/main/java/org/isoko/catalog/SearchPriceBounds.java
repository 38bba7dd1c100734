package org.isoko.catalog;

import java.math.BigDecimal;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Turns a price range in the buyer's currency into the exact range of seller prices (in
 * the seller's minor units) whose conversion falls inside it. Conversion rounds once,
 * half-up, so it is monotonic in the seller price; a binary search with the very
 * {@link Money#convert} the storefront shows finds the first and last seller price that
 * qualify. Done once per seller currency and query, so the database compares plain
 * integers and can use an index.
 */
final class SearchPriceBounds {

	/**
	 * Highest seller price considered, in minor units: far above any real lot, far below
	 * overflow after conversion.
	 */
	static final long CEILING = 1_000_000_000_000_000L;

	private SearchPriceBounds() {
	}

	/**
	 * Seller prices {@code [min, max]} in minor units; {@code min > max} when no seller
	 * price qualifies.
	 */
	record Range(CurrencyCode currency, long min, long max) {

		boolean isEmpty() {
			return min > max;
		}
	}

	static Range of(CurrencyCode seller, BigDecimal rate, @Nullable Money buyerMin, @Nullable Money buyerMax) {
		long min = 1;
		long max = CEILING;
		if (buyerMin != null) {
			min = firstAtLeast(seller, rate, buyerMin);
		}
		if (buyerMax != null) {
			max = lastAtMost(seller, rate, buyerMax);
		}
		return new Range(seller, min, max);
	}

	/**
	 * The smallest seller price converting to at least {@code bound}, or CEILING + 1 when
	 * there is none.
	 */
	private static long firstAtLeast(CurrencyCode seller, BigDecimal rate, Money bound) {
		long low = 0;
		long high = CEILING + 1;
		while (low < high) {
			long mid = low + (high - low) / 2;
			if (converted(mid, seller, rate, bound) >= bound.minorUnits()) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}

	/**
	 * The largest seller price converting to at most {@code bound}, or -1 when there is
	 * none.
	 */
	private static long lastAtMost(CurrencyCode seller, BigDecimal rate, Money bound) {
		long low = -1;
		long high = CEILING;
		while (low < high) {
			long mid = high - (high - low) / 2;
			if (converted(mid, seller, rate, bound) <= bound.minorUnits()) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low;
	}

	private static long converted(long sellerMinor, CurrencyCode seller, BigDecimal rate, Money bound) {
		return new Money(sellerMinor, seller).convert(rate, bound.currency()).minorUnits();
	}

}
