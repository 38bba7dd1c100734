package org.isoko.ordering.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.FxPath;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.HistoryEntry;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderLine;
import org.isoko.ordering.OrderStatus;
import org.isoko.ordering.Pricing;
import org.isoko.ordering.QuoteJson;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON shape of an order in the API. Money is {@code {amount, currency, minorUnits}}.
 * {@code totals.total} is what the buyer pays: the landed cost of the quote the order was
 * placed with ({@code quote}, whole, with every rate's legal basis and source), split
 * into goods, freight, insurance, duty, taxes and fees, per line and in total.
 */
@NamedInterface("api")
public record OrderJson(OrderId id, String number, OrderStatus status, String buyer, Seller seller, Route corridor,
		@Nullable CustomsRegime regime, List<Line> lines, Totals totals, List<Fx> fx, Address deliveryAddress,
		Instant placedAt, Instant expiresAt, @Nullable Instant paidAt, @Nullable String paymentProvider,
		@Nullable Shipment shipment, List<Step> timeline,
		@JsonRawValue @Schema(implementation = Quote.class) @Nullable String quote) {

	static final String ROUNDING = "Each line total is the exact seller-currency amount (unit price × quantity) converted once, "
			+ "rounded half-up to the buyer currency's minor unit; the order total is the sum of the line totals.";
	static final String GOODS_ONLY_NOTE = "Goods only: this order was placed before landed-cost pricing; freight, duties and taxes "
			+ "were not charged.";
	static final String LANDED_COST_NOTE = "Landed cost: goods, freight, insurance, duty, taxes and fees delivered to the destination "
			+ "hub, as quoted when the order was placed (see quote).";

	record Seller(OrganisationId id, String name) {
	}

	record Route(CorridorId id, HubCode origin, HubCode destination) {
	}

	/**
	 * @param lineTotal the goods of the line; {@code total} its landed cost
	 */
	record Line(int lineNo, LotId lotId, String lotReference, String productName, String hsCode, String unitOfSale,
			int quantity, Money unitPriceSeller, Money lineTotalSeller, Money unitPrice, Money lineTotal, Money freight,
			Money insurance, Money duty, Money taxes, Money fees, Money total) {
	}

	/**
	 * @param dutiesAndTaxes duty + taxes + fees
	 */
	record Totals(Money goods, Money freight, Money insurance, Money duty, Money taxes, Money fees,
			Money dutiesAndTaxes, Money total, Money sellerGoods, Pricing pricing, String rounding, String note) {
	}

	record Fx(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date, String source, FxPath path) {
	}

	record Address(String name, String phone, String line, String city, String region, @Nullable String postcode,
			String country) {
	}

	record Shipment(String carrier, String trackingNumber) {
	}

	record Step(@Nullable OrderStatus from, OrderStatus to, Instant at, String actor, @Nullable String reason) {
	}

	/**
	 * @param quotes the quote's JSON: the text the order was stored with, written once
	 */
	public static OrderJson of(Order order, List<HistoryEntry> history, QuoteJson quotes) {
		DeliveryAddress a = order.address();
		List<Fx> fx = order.lines()
			.stream()
			.map(OrderLine::fx)
			.map(f -> new Fx(f.from(), f.to(), f.rate(), f.date(), f.source(), f.path()))
			.distinct()
			.toList();
		OrderCharges c = order.charges();
		Quote quote = order.quote();
		return new OrderJson(order.id(), order.number(), order.status(), order.buyerName(),
				new Seller(order.seller(), order.sellerName()),
				new Route(order.corridor(), order.origin(), order.destination()), order.regime(),
				order.lines()
					.stream()
					.map(l -> new Line(l.lineNo(), l.lot(), l.lotReference(), l.productName(), l.hsCode().formatted(),
							l.unitOfSale(), l.quantity(), l.unitPriceSeller(), l.lineTotalSeller(), l.unitPrice(),
							l.lineTotal(), l.charges().freight(), l.charges().insurance(), l.charges().duty(),
							l.charges().taxes(), l.charges().fees(), l.charges().total()))
					.toList(),
				new Totals(c.goods(), c.freight(), c.insurance(), c.duty(), c.taxes(), c.fees(), c.dutiesAndTaxes(),
						c.total(), order.sellerTotal(), order.pricing(), quote == null ? ROUNDING : quote.rounding(),
						quote == null ? GOODS_ONLY_NOTE : LANDED_COST_NOTE),
				fx,
				new Address(a.name(), a.phone().international(), a.line(), a.city(), a.region(), a.postcode(),
						a.country().value()),
				order.placedAt(), order.expiresAt(), order.paidAt(), order.paymentProvider(),
				order.carrier() == null ? null : new Shipment(order.carrier(), String.valueOf(order.trackingNumber())),
				history.stream().map(h -> new Step(h.from(), h.to(), h.at(), h.actorName(), h.reason())).toList(),
				quotes.writeNullable(quote));
	}
}
