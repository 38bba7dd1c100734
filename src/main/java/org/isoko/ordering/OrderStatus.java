package org.isoko.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The allowed moves are listed here, once; {@code Order} refuses
 * every other move. <pre>
 * PLACED ──pay──▶ PAID ──accept──▶ ACCEPTED ──ship──▶ SHIPPED ──▶ (IN_CUSTOMS ──▶ CLEARED) ──▶ DELIVERED ──▶ COMPLETED
 *                                                                    │ refused ▶ REFUNDED
 *   │ expire ▶ EXPIRED     │ decline ▶ DECLINED      │ cancel (seller) ▶ CANCELLED
 *   │ cancel ▶ CANCELLED   │ cancel (buyer) ▶ CANCELLED
 *   │ decline ▶ DECLINED   DECLINED / CANCELLED (when paid) ──refund──▶ REFUNDED
 * </pre> Stock is reserved from PLACED and returns on EXPIRED, DECLINED and CANCELLED.
 */
public enum OrderStatus {

	/** Stock reserved, waiting for payment; expires after the reservation timeout. */
	PLACED,
	/**
	 * Paid: the provider confirmed the payment and the money is in escrow; waiting for
	 * the seller.
	 */
	PAID,
	/** The seller took the order on and prepares it. */
	ACCEPTED,
	/** Handed to a carrier, with a tracking number. */
	SHIPPED,
	/** Cross-border: declared at the destination's customs (customs module, later). */
	IN_CUSTOMS,
	/** Cross-border: released by customs. */
	CLEARED,
	/** The buyer has the goods. */
	DELIVERED,
	/** Done: escrow released to the seller, carrier, customs and platform. */
	COMPLETED,
	/** Not paid in time; the reservation was released. */
	EXPIRED,
	/** The seller would not take the order; stock returned. */
	DECLINED,
	/** Called off before shipping; stock returned. */
	CANCELLED,
	/**
	 * Everything the buyer paid went back to them, after a decline or cancellation of a
	 * paid order, or customs' refusal of its goods.
	 */
	REFUNDED;

	private Set<OrderStatus> next() {
		switch (this) {
			case PLACED:
				return EnumSet.of(PAID, EXPIRED, CANCELLED, DECLINED);
			case PAID:
				return EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
			case ACCEPTED:
				return EnumSet.of(SHIPPED, CANCELLED);
			case SHIPPED:
				return EnumSet.of(IN_CUSTOMS, DELIVERED);
			case IN_CUSTOMS:
				// Refused by customs: the goods go back, the buyer is refunded.
				return EnumSet.of(CLEARED, REFUNDED);
			case CLEARED:
				return EnumSet.of(DELIVERED);
			case DELIVERED:
				return EnumSet.of(COMPLETED);
			case DECLINED:
			case CANCELLED:
				return EnumSet.of(REFUNDED);
			default:
				return EnumSet.noneOf(OrderStatus.class);
		}
	}

	public boolean canMoveTo(OrderStatus target) {
		return next().contains(target);
	}

	/**
	 * True while the order holds units of stock (they return when it leaves these states
	 * without shipping).
	 */
	public boolean holdsStock() {
		return this == PLACED || this == PAID || this == ACCEPTED;
	}

	public boolean isFinal() {
		return next().isEmpty();
	}

}
