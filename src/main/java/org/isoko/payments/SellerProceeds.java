package org.isoko.payments;

import java.math.BigDecimal;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a seller receives for an order's goods: goods value − platform commission − FX
 * spread, converted into the seller's currency. The one place this is computed: the
 * release posting books these amounts ({@link Escrow#release}) and the seller's pages
 * show them, so the figure shown is the figure paid, to the minor unit (ADR 0007).
 * <p>
 * In the buyer's currency: commission = goods × fee rate, rounded half-up once; spread =
 * (goods − commission) × spread rate, rounded half-up once; net = goods − commission −
 * spread. In the seller's currency: {@code receives} = net × rate, rounded half-up once,
 * which is what the ledger credits the seller. The seller's-currency breakdown is made of
 * differences of converted figures (goods, goods − commission, net), so that goods −
 * commission − spread equals {@code receives} exactly in the seller's currency too.
 *
 * @param goods the goods value the buyer paid (after refunds), buyer's currency
 * @param commission the platform's commission, buyer's currency
 * @param fxSpread the spread kept on the conversion (zero without one), buyer's currency
 * @param net goods − commission − spread, buyer's currency: what is converted
 * @param rate the conversion's rate, or null when buyer and seller use one currency
 * @param receives what the seller payable is credited, seller's currency
 */
record SellerProceeds(Money goods, Money commission, Money fxSpread, Money net, @Nullable BigDecimal rate,
		Money receives, InSellerCurrency inSellerCurrency) {

	/**
	 * The same breakdown in the seller's currency;
	 * {@code goods − commission − fxSpread = receives}.
	 */
	record InSellerCurrency(Money goods, Money commission, Money fxSpread, Money receives) {
	}

	/**
	 * @param rate units of {@code sellerCurrency} per unit of the goods' currency;
	 * ignored (may be null) when they are the same currency
	 */
	static SellerProceeds of(Money goods, BigDecimal feeRate, BigDecimal spreadRate, CurrencyCode sellerCurrency,
			@Nullable BigDecimal rate) {
		Money commission = goods.times(feeRate); // half-up, once, on the goods line
		Money share = goods.minus(commission);
		if (goods.currency().equals(sellerCurrency)) {
			Money zero = Money.zero(sellerCurrency);
			return new SellerProceeds(goods, commission, zero, share, null, share,
					new InSellerCurrency(goods, commission, zero, share));
		}
		if (rate == null) {
			throw new IllegalArgumentException(
					"A rate from " + goods.currency() + " to " + sellerCurrency + " is needed to pay the seller");
		}
		Money spread = share.times(spreadRate); // half-up, once; the platform keeps the
												// spread in the buyer's currency
		Money net = share.minus(spread);
		Money receives = net.convert(rate, sellerCurrency); // half-up, once, to
															// the seller's minor
															// unit
		Money goodsThere = goods.convert(rate, sellerCurrency);
		Money shareThere = share.convert(rate, sellerCurrency);
		return new SellerProceeds(goods, commission, spread, net, rate, receives,
				new InSellerCurrency(goodsThere, goodsThere.minus(shareThere), shareThere.minus(receives), receives));
	}

	boolean converted() {
		return rate != null;
	}

}
