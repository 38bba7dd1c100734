package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.trade.TradeExamples.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.isoko.catalog.LotDocument;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.ExchangeRate;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.ReferenceData;
import org.isoko.trade.tariff.Shipment;
import org.isoko.trade.tariff.ShipmentLine;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.isoko.trade.tariff.Validity;
import org.junit.jupiter.api.Test;

/**
 * Property checks of the landed-cost calculator over thousands of random carts,
 * certificates, dates and (in the last test) random tariff schedules, with plain JUnit
 * and a seeded {@link Random}. A failure names its seed; replay it with
 * {@code -Disoko.test.seed=<seed>}.
 */
class LandedCostRandomizedUnitTests {

	static final int CASES = 3_000;
	static final long SEED = Long.getLong("isoko.test.seed", System.nanoTime());
	static final List<HsCode> CHINA_CODES = List.of(HsCode.of("0901.11"), HsCode.of("0901.12"), HsCode.of("0901.21"),
			HsCode.of("0901.22"), HsCode.of("2101.12"), HsCode.of("0902.30"), HsCode.of("0904.21"));
	static final List<HsCode> KENYA_CODES = List.of(HsCode.of("0901.11"), HsCode.of("0901.21"), HsCode.of("0902.30"),
			HsCode.of("0904.22"), HsCode.of("8437.10"));
	static final List<CustomsRegime> CHINA_REGIMES = List.of(CustomsRegime.GENERAL_TRADE,
			CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
	static final List<CustomsRegime> KENYA_REGIMES = List.of(CustomsRegime.EAC_CUSTOMS_UNION, CustomsRegime.AFCFTA);

	@Test
	void amountsAreNeverNegativeAndEveryTotalIsTheSumOfItsParts() {
		forAll(random -> {
			Quote quote = LandedCostQuotes.quote(DATA, randomShipment(random, true));
			for (QuoteLine line : quote.lines()) {
				List<Money> parts = new ArrayList<>(
						List.of(line.goods(), line.freight(), line.insurance(), line.duty().amount()));
				line.taxes().forEach(t -> parts.add(t.amount()));
				line.fees().forEach(f -> parts.add(f.amount()));
				assertThat(parts).allSatisfy(m -> assertThat(m.isNegative()).as("negative amount %s", m).isFalse());
				assertThat(line.customsValue()).isEqualTo(line.goods().plus(line.freight()).plus(line.insurance()));
				assertThat(line.total()).isEqualTo(parts.stream().reduce(Money::plus).orElseThrow());
			}
			assertThat(quote.totals()).isEqualTo(QuoteTotals.of(quote.lines(), quote.currency()));
			assertThat(quote.totals().total())
				.isEqualTo(quote.lines().stream().map(QuoteLine::total).reduce(Money::plus).orElseThrow());
		});
	}

	@Test
	void everyRoundedAmountIsWithinHalfAMinorUnitOfItsExactValue() {
		forAll(random -> {
			Quote quote = LandedCostQuotes.quote(DATA, randomShipment(random, true));
			for (QuoteLine line : quote.lines()) {
				assertHalfUnit(line.duty().amount(),
						line.duty().base().toDecimal().multiply(line.duty().rate().fraction()));
				for (Tax tax : line.taxes()) {
					assertHalfUnit(tax.amount(), tax.base().toDecimal().multiply(tax.effectiveRate()));
				}
				assertHalfUnit(line.insurance(),
						line.goods().plus(line.freight()).toDecimal().multiply(quote.freight().insurance().fraction()));
				FxUsed fx = quote.fxRates()
					.stream()
					.filter(f -> f.from().equals(line.unitPrice().currency()))
					.findFirst()
					.orElse(FxUsed.identity(quote.currency(), quote.date()));
				assertHalfUnit(line.goods(),
						line.unitPrice().toDecimal().multiply(BigDecimal.valueOf(line.quantity())).multiply(fx.rate()));
			}
		});
	}

	@Test
	void aCertificateNeverRaisesTheDutyOrTheTotal() {
		forAll(random -> {
			Shipment with = randomShipment(random, true);
			Shipment without = withoutDocuments(with);
			Quote preferential = LandedCostQuotes.quote(DATA, with);
			Quote mfn = LandedCostQuotes.quote(DATA, without);
			for (int i = 0; i < preferential.lines().size(); i++) {
				assertThat(preferential.lines().get(i).duty().amount())
					.isLessThanOrEqualTo(mfn.lines().get(i).duty().amount());
				assertThat(preferential.lines().get(i).duty().rate())
					.isLessThanOrEqualTo(mfn.lines().get(i).duty().rate());
			}
			assertThat(preferential.totals().total()).isLessThanOrEqualTo(mfn.totals().total());
			assertThat(mfn.originAdvice()).allSatisfy(a -> assertThat(a.saving().isNegative()).isFalse());
		});
	}

	@Test
	void noRateIsAppliedOutsideItsValidityAndTheOneInForceIsTheOneApplied() {
		forAll(random -> {
			ReferenceData schedule = randomSchedule(random);
			LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
			HsCode code = HsCode.of("0901.11");
			Shipment shipment = toChina(CustomsRegime.GENERAL_TRADE, day, null, line(code, 1 + random.nextInt(50),
					Money.ofMinor(1 + random.nextInt(1_000_000), "RWF"), 1 + random.nextInt(70_000),
					random.nextBoolean()
							? new LotDocument[] { certificate(PreferenceScheme.CHINA_LDC, day.minusDays(10), null) }
							: new LotDocument[0]));
			List<TariffLine> inForce = schedule.tariffLines().stream().filter(l -> l.isValidOn(day)).toList();
			boolean anyMfn = inForce.stream().anyMatch(l -> l.scheme() == TariffScheme.MFN);
			if (!anyMfn) {
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> LandedCostQuotes.quote(schedule, shipment))
					.hasMessageContaining("no MFN tariff line");
				return;
			}
			Quote quote = LandedCostQuotes.quote(schedule, shipment);
			Duty duty = quote.lines().get(0).duty();
			assertThat(duty.validity().contains(day))
				.as("duty %s valid %s applied on %s", duty.rate(), duty.validity(), day)
				.isTrue();
			assertThat(quote.lines().get(0).taxes()).allSatisfy(t -> assertThat(t.validity().contains(day)).isTrue());
			TariffLine mfn = inForce.stream().filter(l -> l.scheme() == TariffScheme.MFN).findFirst().orElseThrow();
			TariffLine ldc = inForce.stream()
				.filter(l -> l.scheme() == TariffScheme.CHINA_LDC)
				.findFirst()
				.orElse(null);
			boolean certified = !shipment.lines().get(0).documents().isEmpty();
			Percent expected = certified && ldc != null && ldc.rate().compareTo(mfn.rate()) < 0 ? ldc.rate()
					: mfn.rate();
			assertThat(duty.rate()).isEqualTo(expected);
		});
	}

	// ---- generators

	static Shipment randomShipment(Random random, boolean withDocuments) {
		boolean china = random.nextBoolean();
		LocalDate day = LocalDate.of(2024, 12, 1).plusDays(random.nextInt(3 * 365));
		int lines = 1 + random.nextInt(10);
		ShipmentLine[] cart = new ShipmentLine[lines];
		for (int i = 0; i < lines; i++) {
			HsCode code = pick(random, china ? CHINA_CODES : KENYA_CODES);
			List<LotDocument> documents = new ArrayList<>();
			if (withDocuments) {
				for (PreferenceScheme scheme : PreferenceScheme.values()) {
					if (random.nextInt(3) == 0) {
						LocalDate issued = day.minusDays(random.nextInt(800));
						documents.add(certificate(scheme, issued,
								random.nextBoolean() ? null : issued.plusDays(1 + random.nextInt(800))));
					}
				}
			}
			Money price = random.nextBoolean() ? Money.ofMinor(1 + random.nextInt(5_000_000), "RWF")
					: Money.ofMinor(1 + random.nextInt(2_000_000), "USD");
			cart[i] = line(code, 1 + random.nextInt(random.nextBoolean() ? 5 : 500), price, 1 + random.nextInt(80_000),
					documents.toArray(new LotDocument[0]));
		}
		if (china) {
			CustomsRegime regime = pick(random, CHINA_REGIMES);
			Money used = random.nextBoolean() ? null : Money.ofMinor(random.nextInt(2_700_000), "CNY");
			return withFee(toChina(regime, day, used, cart), random);
		}
		return withFee(toKenya(pick(random, KENYA_REGIMES), day, cart), random);
	}

	static Shipment withFee(Shipment s, Random random) {
		Percent fee = random.nextBoolean() ? Percent.ZERO : Percent.of(BigDecimal.valueOf(random.nextInt(500), 2));
		java.util.Map<org.isoko.shared.CurrencyCode, ExchangeRate> fx = new java.util.HashMap<>(s.fx());
		fx.putIfAbsent(USD, fx(USD, s.currency(), "7.10"));
		return new Shipment(s.day(), s.corridor(), s.originHub(), s.destinationHub(), s.origin(), s.importer(),
				s.mode(), s.regime(), s.currency(), fx, s.eligible(), s.customsUnion(), fee,
				s.crossBorderUsedThisYear(), s.lines());
	}

	static Shipment withoutDocuments(Shipment s) {
		List<ShipmentLine> lines = s.lines()
			.stream()
			.map(l -> new ShipmentLine(l.lot(), l.hsCode(), l.quantity(), l.unitPrice(), l.grossWeightGrams(),
					List.of(), l.originCountry()))
			.toList();
		return new Shipment(s.day(), s.corridor(), s.originHub(), s.destinationHub(), s.origin(), s.importer(),
				s.mode(), s.regime(), s.currency(), s.fx(), s.eligible(), s.customsUnion(), s.platformFee(),
				s.crossBorderUsedThisYear(), lines);
	}

	/**
	 * MFN and China-LDC rates for 0901.11 in random consecutive periods (with gaps), plus
	 * the shipped taxes and freight.
	 */
	static ReferenceData randomSchedule(Random random) {
		List<TariffLine> lines = new ArrayList<>();
		for (TariffScheme scheme : List.of(TariffScheme.MFN, TariffScheme.CHINA_LDC)) {
			LocalDate from = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(200));
			int periods = 1 + random.nextInt(5);
			for (int p = 0; p < periods; p++) {
				LocalDate to = p == periods - 1 && random.nextBoolean() ? null : from.plusDays(1 + random.nextInt(400));
				Percent rate = Percent.of(BigDecimal.valueOf(random.nextInt(10_001), 2));
				String ref = scheme + "-" + p;
				lines.add(new TariffLine(UUID.randomUUID(), ref, CountryCode.of("CN"), HsCode.of("0901.11"), scheme,
						rate, new Validity(from, to), "random " + scheme, "test", null));
				if (to == null) {
					break;
				}
				from = to.plusDays(random.nextInt(3) == 0 ? random.nextInt(60) : 0);
			}
		}
		return ReferenceData.of(lines, DATA.taxRules(), DATA.cbecRules(), DATA.freightRates());
	}

	static void assertHalfUnit(Money rounded, BigDecimal exact) {
		BigDecimal half = BigDecimal.ONE.movePointLeft(rounded.currency().minorUnitDigits())
			.divide(BigDecimal.valueOf(2));
		assertThat(rounded.toDecimal().subtract(exact).abs()).as("%s vs exact %s", rounded, exact.toPlainString())
			.isLessThanOrEqualTo(half);
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static void forAll(Consumer<Random> property) {
		Random random = new Random(SEED);
		for (int i = 0; i < CASES; i++) {
			try {
				property.accept(random);
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(
						"Case " + i + " failed; replay with -Disoko.test.seed=" + SEED + ": " + e.getMessage(), e);
			}
		}
	}

}
