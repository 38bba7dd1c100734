package org.isoko.trade;

import java.util.List;

import org.isoko.trade.CrossBorderRetail.Treatment;
import org.isoko.trade.tariff.ExchangeRate;
import org.isoko.trade.tariff.LandedCost;
import org.isoko.trade.tariff.LandedCostCalculator;
import org.isoko.trade.tariff.ReferenceData;
import org.isoko.trade.tariff.Shipment;
import org.jspecify.annotations.Nullable;

/**
 * Turns the plain core's result ({@link LandedCost}) into this module's public
 * {@link Quote}, field for field, so that {@code trade.tariff} depends on nothing of the
 * module around it. No figure is computed here except the totals, which are sums of the
 * already rounded line amounts ({@link QuoteTotals#of}).
 */
final class LandedCostQuotes {

	private LandedCostQuotes() {
	}

	/** The quote for a shipment, as the calculator works it out. */
	static Quote quote(ReferenceData data, Shipment shipment) {
		return quote(LandedCostCalculator.calculate(data, shipment));
	}

	static Quote quote(LandedCost cost) {
		List<QuoteLine> lines = cost.lines().stream().map(LandedCostQuotes::line).toList();
		return new Quote(cost.date(), cost.corridor(), cost.origin(), cost.destination(), cost.importer(),
				cost.requestedRegime(), cost.regime(), cost.currency(), lines, QuoteTotals.of(lines, cost.currency()),
				cost.fxRates().stream().map(LandedCostQuotes::fx).toList(), freight(cost.freight()),
				crossBorderRetail(cost.crossBorderRetail()),
				cost.originAdvice().stream().map(LandedCostQuotes::advice).toList(),
				cost.notices().stream().map(n -> new Notice(n.code(), n.args(), n.message())).toList(),
				cost.rounding());
	}

	static FxUsed fx(ExchangeRate rate) {
		return new FxUsed(rate.from(), rate.to(), rate.rate(), rate.date(), rate.source());
	}

	private static QuoteLine line(LandedCost.Line line) {
		LandedCost.Duty duty = line.duty();
		return new QuoteLine(line.lot(), line.hsCode(), line.quantity(), line.unitPrice(), line.grossKg(), line.goods(),
				line.freight(), line.insurance(), line.customsValue(),
				new Duty(duty.scheme(), duty.rate(), duty.legalBasis(), duty.source(), duty.sourceUrl(),
						duty.validity(), duty.base(), duty.amount(), duty.certificate()),
				line.taxes()
					.stream()
					.map(t -> new Tax(t.kind(), t.statutoryRate(), t.factor(), t.effectiveRate(), t.base(), t.amount(),
							t.legalBasis(), t.source(), t.validity()))
					.toList(),
				line.fees().stream().map(f -> new Fee(f.name(), f.rate(), f.base(), f.amount(), f.source())).toList(),
				line.total());
	}

	private static FreightBasis freight(LandedCost.Freight f) {
		return new FreightBasis(f.mode(), f.perKg(), f.minimum(), f.grossKg(), f.consignmentFreight(), f.insurance(),
				f.source(), f.validity());
	}

	private static @Nullable CrossBorderRetail crossBorderRetail(LandedCost.@Nullable CrossBorderRetail r) {
		if (r == null) {
			return null;
		}
		return new CrossBorderRetail(treatment(r.treatment()), r.orderValue(), r.perOrderLimit(), r.annualLimit(),
				r.usedThisYear(), r.remainingAfterOrder(), r.singleItem(), r.taxFactor(), r.legalBasis(), r.source());
	}

	private static Treatment treatment(LandedCost.Treatment treatment) {
		return switch (treatment) {
			case WITHIN_LIMITS -> Treatment.WITHIN_LIMITS;
			case SINGLE_ITEM_FULL_TAX -> Treatment.SINGLE_ITEM_FULL_TAX;
			case OVER_ORDER_LIMIT -> Treatment.OVER_ORDER_LIMIT;
			case OVER_ANNUAL_LIMIT -> Treatment.OVER_ANNUAL_LIMIT;
		};
	}

	private static OriginAdvice advice(LandedCost.OriginAdvice a) {
		return new OriginAdvice(a.lot(), a.scheme(), a.document(), a.currentRate(), a.preferentialRate(), a.saving(),
				a.regime(), a.message());
	}

}
