package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.trade.TradeExamples.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.isoko.catalog.LotId;
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
 * The packing behind the one-click split, on random carts (seeded; the seed is printed on
 * failure): every unit ends up in exactly one order, every order is within RMB 5,000
 * unless it is one unit worth more on its own, no lot appears twice in an order, and
 * there are at most {@link CrossBorderSplitter#MAX_PARTS} orders.
 */
class CrossBorderSplitRandomizedUnitTests {

	private static final Money LIMIT = Money.of("5000.00", "CNY");

	private static Money value(Shipment shipment, List<ShipmentLine> part) {
		LandedCost cost = LandedCostCalculator.calculate(DATA, shipment.withLines(part));
		return cost.crossBorderRetail().orderValue();
	}

	@Test
	void randomCartsSplitIntoOrdersWithinTheLimitKeepingEveryUnit() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		int checked = 0;
		for (int run = 0; run < 60; run++) {
			List<ShipmentLine> lines = new ArrayList<>();
			int count = 1 + random.nextInt(4);
			for (int i = 0; i < count; i++) {
				long priceRwf = 2_000 + random.nextInt(random.nextInt(10) == 0 ? 1_400_000 : 150_000);
				long grossGrams = 250 + random.nextInt(random.nextBoolean() ? 2_000 : 60_000);
				lines.add(line(random.nextBoolean() ? ROASTED_COFFEE : GREEN_COFFEE, 1 + random.nextInt(40),
						Money.ofMinor(priceRwf, "RWF"), grossGrams));
			}
			Shipment shipment = toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, null,
					lines.toArray(ShipmentLine[]::new));
			List<List<ShipmentLine>> parts;
			try {
				parts = CrossBorderSplitter.split(DATA, shipment);
			}
			catch (InvalidInput tooMany) {
				assertThat(tooMany.field()).as("seed %d", seed).isEqualTo("lines");
				continue;
			}
			checked++;
			Map<LotId, Integer> placed = new HashMap<>();
			for (List<ShipmentLine> part : parts) {
				assertThat(part).as("seed %d", seed).isNotEmpty();
				assertThat(part.stream().map(ShipmentLine::lot).distinct().count()).as("seed %d", seed)
					.isEqualTo(part.size());
				boolean oneUnit = part.size() == 1 && part.get(0).quantity() == 1;
				if (!oneUnit) {
					assertThat(value(shipment, part)).as("seed %d, part %s", seed, part).isLessThanOrEqualTo(LIMIT);
				}
				part.forEach(l -> placed.merge(l.lot(), l.quantity(), Integer::sum));
			}
			for (ShipmentLine line : lines) {
				assertThat(placed.get(line.lot())).as("seed %d, lot %s", seed, line.lot()).isEqualTo(line.quantity());
			}
			assertThat(parts).as("seed %d", seed).hasSizeLessThanOrEqualTo(CrossBorderSplitter.MAX_PARTS);
		}
		assertThat(checked).as("seed %d: most random carts can be split", seed).isPositive();
	}

}
