package org.isoko.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the seller of an order receives for it, as the payments module computes and posts
 * it (provided by payments; the seller's and the hub's order pages show it). Ordering
 * computes no such figure itself: the one shown must be the one paid.
 */
public interface SellerStatement {

	Optional<Proceeds> proceeds(Order order);

	/**
	 * All in the seller's currency: {@code goods − commission − fxSpread = receives}.
	 *
	 * @param rate the conversion's rate from the buyer's currency (null for one currency)
	 * @param rateDate the rate's effective date
	 * @param released true once delivery released the money (the figure is then the
	 * ledger's posting); false before: an estimate at today's rate, fixed at the rate of
	 * the day delivery is confirmed
	 */
	record Proceeds(Money goods, Money commission, Money fxSpread, Money receives, Money goodsPaid,
			@Nullable BigDecimal rate, @Nullable LocalDate rateDate, boolean released) {
	}

}
