package org.isoko.ordering;

import java.math.BigDecimal;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a carrier needs to know about an order: who sends it to whom over which corridor,
 * what is in it, what the buyer paid for its freight, and the rate that freight was
 * quoted at (so that a heavier parcel's extra freight is priced as the buyer's was). The
 * consignee (the delivery address) is for the label and the destination hub only: the
 * logistics module never shows it on public pages.
 *
 * @param freightPerKg the quote's freight rate per kg gross, in {@code freightCurrency};
 * null for orders priced before landed cost
 * @param insurance the insurance the buyer was charged, in the goods' currency; null when
 * the quote had none (the goods travel uninsured)
 */
public record ShippableOrder(OrderId id, String number, OrderStatus status, UserId buyer, String buyerName,
		OrganisationId seller, String sellerName, CorridorId corridor, HubCode origin, HubCode destination,
		List<Line> lines, Money goods, Money freight, @Nullable BigDecimal freightPerKg,
		@Nullable CurrencyCode freightCurrency, Consignee consignee, @Nullable Money insurance) {

	public ShippableOrder {
		lines = List.copyOf(lines);
	}

	/** Who receives the goods, where, and the phone the courier calls. */
	public record Consignee(String name, List<String> addressLines, CountryCode country, String phone) {

		public Consignee {
			addressLines = List.copyOf(addressLines);
		}
	}

	/**
	 * One line: the lot, its product name in the buyer's language, HS code and quantity.
	 */
	public record Line(LotId lot, String productName, HsCode hsCode, String unitOfSale, int quantity, Money value) {
	}

	static ShippableOrder of(Order order) {
		var quote = order.quote();
		DeliveryAddress address = order.address();
		return new ShippableOrder(order.id(), order.number(), order.status(), order.buyer(), order.buyerName(),
				order.seller(), order.sellerName(), order.corridor(), order.origin(), order.destination(),
				order.lines()
					.stream()
					.map(l -> new Line(l.lot(), l.productName(), l.hsCode(), l.unitOfSale(), l.quantity(),
							l.lineTotal()))
					.toList(),
				order.charges().goods(), order.charges().freight(), quote == null ? null : quote.freight().perKg(),
				quote == null ? null : quote.freight().minimum().currency(),
				new Consignee(address.name(),
						address.postcode() == null ? List.of(address.line(), address.city() + ", " + address.region())
								: List.of(address.line(),
										address.postcode() + " " + address.city() + ", " + address.region()),
						address.country(), address.phone().international()),
				quote != null && order.charges().insurance().isPositive() ? order.charges().insurance() : null);
	}
}
