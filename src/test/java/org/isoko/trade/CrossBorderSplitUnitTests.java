package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isoko.trade.TradeExamples.*;

import java.util.List;

import org.isoko.network.CustomsRegime;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.CrossBorderSplitter;
import org.isoko.trade.tariff.LandedCost;
import org.isoko.trade.tariff.LandedCostCalculator;
import org.isoko.trade.tariff.Shipment;
import org.isoko.trade.tariff.ShipmentLine;
import org.junit.jupiter.api.Test;

/**
 * A consumer's order above China's cross-border retail per-order limit (RMB 5,000 from 1
 * Jan 2019, Caiguanshui [2018] No. 49) is split into orders within it, each with its own
 * freight.
 */
class CrossBorderSplitUnitTests {

	private static final Money LIMIT = Money.of("5000.00", "CNY");

	private static Money value(Shipment shipment, List<ShipmentLine> part) {
		LandedCost cost = LandedCostCalculator.calculate(DATA, shipment.withLines(part));
		return cost.crossBorderRetail().orderValue();
	}

	@Test
	void aHundredBagsOfRoastedCoffeeSplitIntoTwoFullOrdersWithinTheLimit() {
		// 100 × 250 g bags at RWF 12,000 (CNY 57.60 each): goods CNY 5,760 plus freight
		Shipment shipment = toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, null,
				line(ROASTED_COFFEE, 100, Money.ofMinor(12_000, "RWF"), 300));
		assertThat(value(shipment, shipment.lines())).isGreaterThan(LIMIT);

		List<List<ShipmentLine>> parts = CrossBorderSplitter.split(DATA, shipment);

		assertThat(parts).hasSize(2);
		assertThat(parts.stream().flatMap(List::stream).mapToInt(ShipmentLine::quantity).sum()).isEqualTo(100);
		for (List<ShipmentLine> part : parts) {
			assertThat(value(shipment, part)).isLessThanOrEqualTo(LIMIT);
		}
		// the first order is as full as the limit allows: one more bag would pass it
		ShipmentLine first = parts.get(0).get(0);
		assertThat(value(shipment, List.of(first.withQuantity(first.quantity() + 1)))).isGreaterThan(LIMIT);
	}

	@Test
	void aUnitWorthMoreThanTheLimitIsAnOrderOfItsOwn() {
		// two 60 kg bags at RWF 1,200,000 (CNY 5,760 each): each one a single item
		Shipment shipment = toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, null,
				line(ROASTED_COFFEE, 2, Money.ofMinor(1_200_000, "RWF"), 61_000));

		assertThat(CrossBorderSplitter.split(DATA, shipment)).hasSize(2)
			.allSatisfy(part -> assertThat(part).singleElement().satisfies(l -> assertThat(l.quantity()).isOne()));
	}

	@Test
	void anOrderNeedingTooManyOrdersIsRefused() {
		Shipment shipment = toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, null,
				line(ROASTED_COFFEE, 30, Money.ofMinor(1_200_000, "RWF"), 61_000));

		assertThatThrownBy(() -> CrossBorderSplitter.split(DATA, shipment)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("buy it as an importer");
	}

}
