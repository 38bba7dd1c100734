package org.isoko.catalog;

import java.time.LocalDate;

import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.Money;

/**
 * What a lot costs a buyer delivered to their hub on one corridor, as the lot and drop
 * pages show it before ordering: a quote of the minimum quantity under the default
 * regime, in the buyer's currency, or the reason it cannot be quoted.
 */
public sealed interface LandedPrice {

	CorridorId corridor();

	/**
	 * The quote's figures for {@code quantity} units, each the sum of the quote's rounded
	 * line amounts. {@code perUnit} is {@code total} divided by {@code quantity}, half-up
	 * to the minor unit (what one unit costs when that many are bought together).
	 */
	record Quoted(CorridorId corridor, CustomsRegime regime, LocalDate date, int quantity, Money goods, Money freight,
			Money insurance, Money duty, Money taxes, Money fees, Money total, Money perUnit) implements LandedPrice {

		public Quoted {
			if (quantity < 1) {
				throw new IllegalArgumentException("quantity must be positive, got " + quantity);
			}
		}

		/** Freight and insurance together, as the page's breakdown shows them. */
		public Money delivery() {
			return freight.plus(insurance);
		}

	}

	/**
	 * No quote can be made: {@code reason} says what is missing in a few words a buyer
	 * understands, {@code detail} is the quote's own explanation (for operators).
	 */
	record Unavailable(CorridorId corridor, Reason reason, String detail) implements LandedPrice {
	}

	/** Why a landed price cannot be shown. */
	enum Reason {

		NO_FREIGHT_RATE, NO_TARIFF_LINE, NO_EXCHANGE_RATE, NOT_QUOTABLE

	}

}
