package org.isoko.trade;

import static org.isoko.trade.TradeExamples.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.ShipmentLine;
import org.isoko.trade.tariff.Shipment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a landed-cost quote for a 10-line cart takes in-process once the reference
 * data is in memory: a warm-up, then every quote timed on its own; prints p50, p99 and
 * p99.9. Not part of {@code verify}; run it with
 * {@code ./mvnw -B test -Pbenchmarks -Dtest=LandedCostBenchmarkTests}.
 */
@Tag("benchmark")
class LandedCostBenchmarkTests {

	static final int WARM_UP = Integer.getInteger("isoko.bench.warmup", 50_000);
	static final int MEASURED = Integer.getInteger("isoko.bench.iterations", 200_000);

	@Test
	void tenLineCartQuotes() {
		LocalDate issued = LocalDate.of(2026, 10, 1);
		HsCode[] codes = { GREEN_COFFEE, ROASTED_COFFEE, HsCode.of("0901.12"), HsCode.of("0901.22"),
				HsCode.of("2101.12"), HsCode.of("0902.30"), HsCode.of("0904.21"), HsCode.of("0904.22"), GREEN_COFFEE,
				ROASTED_COFFEE };
		ShipmentLine[] lines = new ShipmentLine[10];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = i % 2 == 0
					? line(codes[i], 1 + i, Money.ofMinor(12_000 + 1_000L * i, "RWF"), 300 + 50L * i,
							certificate(PreferenceScheme.CHINA_LDC, issued, issued.plusYears(1)))
					: line(codes[i], 1 + i, Money.ofMinor(12_000 + 1_000L * i, "RWF"), 300 + 50L * i);
		}
		run("general trade, 10 lines, half with China-LDC certificates",
				toChina(CustomsRegime.GENERAL_TRADE, DAY, null, lines));
		run("cross-border retail, 10 lines",
				toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, Money.of("1000.00", "CNY"), lines));
	}

	static void run(String name, Shipment shipment) {
		long sink = 0;
		for (int i = 0; i < WARM_UP; i++) {
			sink += LandedCostQuotes.quote(DATA, shipment).totals().total().minorUnits();
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			sink += LandedCostQuotes.quote(DATA, shipment).totals().total().minorUnits();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"Landed-cost quote (%s): p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs over %d quotes (checksum %d)%n",
				name, micros(nanos, 0.50), micros(nanos, 0.99), micros(nanos, 0.999), nanos[nanos.length - 1] / 1000.0,
				MEASURED, sink % 1000);
	}

	static double micros(long[] sorted, double percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile * sorted.length) - 1)] / 1000.0;
	}

}
