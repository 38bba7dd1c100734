package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.LotDocument;
import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.ExchangeRate;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.ReferenceData;
import org.isoko.trade.tariff.ReferenceDataFiles;
import org.isoko.trade.tariff.Shipment;
import org.isoko.trade.tariff.ShipmentLine;
import org.isoko.trade.tariff.Validity;
import org.jspecify.annotations.Nullable;

/**
 * Shared fixtures of the trade unit tests and the benchmark: the shipped reference data
 * (read from the same files the application loads), the demo freight rates made valid
 * from 2016 so that past dates can be quoted, and round illustrative FX rates that keep
 * the worked examples' arithmetic readable.
 */
public final class TradeExamples {

	public static final ReferenceData DATA = shippedDataWithFreightFrom2016();

	public static final LocalDate DAY = LocalDate.of(2026, 11, 28);

	public static final CurrencyCode RWF = CurrencyCode.of("RWF");

	public static final CurrencyCode CNY = CurrencyCode.of("CNY");

	public static final CurrencyCode KES = CurrencyCode.of("KES");

	public static final CurrencyCode USD = CurrencyCode.of("USD");

	public static final CountryCode RW = CountryCode.of("RW");

	public static final CountryCode CN = CountryCode.of("CN");

	public static final CountryCode KE = CountryCode.of("KE");

	/** The EAC partner states (demo network data). */
	public static final Set<CountryCode> EAC_MEMBERS = Set.of(CountryCode.of("BI"), CountryCode.of("CD"), KE,
			CountryCode.of("RW"), CountryCode.of("SO"), CountryCode.of("SS"), CountryCode.of("TZ"),
			CountryCode.of("UG"));

	public static final HubCode KGL = HubCode.of("KGL");

	public static final HubCode HGH = HubCode.of("HGH");

	public static final HubCode NBO = HubCode.of("NBO");

	public static final HsCode GREEN_COFFEE = HsCode.of("0901.11");

	public static final HsCode ROASTED_COFFEE = HsCode.of("0901.21");

	public static final HsCode PULPER = HsCode.of("8438.80");

	/**
	 * Illustrative FX rates: 1 RWF = 0.0048 CNY = 0.0872 KES; 1 USD = 7.10 CNY = 129.20
	 * KES = 1,482.35 RWF; 1 CNY = 208.93 RWF.
	 */
	public static final Map<CurrencyCode, ExchangeRate> INTO_CNY = Map.of(RWF, fx(RWF, CNY, "0.0048"), USD,
			fx(USD, CNY, "7.10"));

	public static final Map<CurrencyCode, ExchangeRate> INTO_KES = Map.of(RWF, fx(RWF, KES, "0.0872"), USD,
			fx(USD, KES, "129.20"));

	public static final Map<CurrencyCode, ExchangeRate> INTO_RWF = Map.of(CNY, fx(CNY, RWF, "208.93"), USD,
			fx(USD, RWF, "1482.35"));

	private TradeExamples() {
	}

	static ExchangeRate fx(CurrencyCode from, CurrencyCode to, String rate) {
		return new ExchangeRate(from, to, new BigDecimal(rate), LocalDate.of(2026, 11, 27), "illustrative test rate");
	}

	static ReferenceData shippedDataWithFreightFrom2016() {
		ReferenceData shipped = ReferenceDataFiles.fromClasspath(true);
		List<FreightRate> freight = new ArrayList<>();
		for (FreightRate f : shipped.freightRates()) {
			freight.add(new FreightRate(f.id(), f.ref(), f.origin(), f.destination(), f.mode(), f.currency(), f.perKg(),
					f.minimum(), f.insurance(), new Validity(LocalDate.of(2016, 1, 1), null), f.source(),
					f.sourceUrl()));
		}
		return ReferenceData.of(shipped.tariffLines(), shipped.taxRules(), shipped.cbecRules(), freight);
	}

	public static LotDocument certificate(PreferenceScheme scheme, LocalDate issued, @Nullable LocalDate expires) {
		return new LotDocument(UUID.randomUUID(), DocumentKind.CERTIFICATE_OF_ORIGIN, "CO-" + scheme + "-" + issued,
				"Rwanda Electronic Single Window", issued, expires, scheme, "WHOLLY_OBTAINED");
	}

	public static ShipmentLine line(HsCode hs, int quantity, Money unitPrice, long grossGrams,
			LotDocument... documents) {
		return new ShipmentLine(LotId.random(), hs, quantity, unitPrice, grossGrams, List.of(documents), RW);
	}

	/**
	 * Kigali → Hangzhou by air, into China in CNY; Rwanda is an LDC, so China-LDC is open
	 * to it.
	 */
	public static Shipment toChina(CustomsRegime regime, LocalDate day, @Nullable Money usedThisYear,
			ShipmentLine... lines) {
		return new Shipment(day, new CorridorId(new UUID(0, 1)), KGL, HGH, RW, CN, TransportMode.AIR, regime, CNY,
				INTO_CNY, EnumSet.of(PreferenceScheme.CHINA_LDC), Set.of(), Percent.ZERO, usedThisYear, List.of(lines));
	}

	/** Kigali → Nairobi by road, into Kenya in KES; both are EAC and AfCFTA members. */
	public static Shipment toKenya(CustomsRegime regime, LocalDate day, ShipmentLine... lines) {
		return new Shipment(day, new CorridorId(new UUID(0, 2)), KGL, NBO, RW, KE, TransportMode.ROAD, regime, KES,
				INTO_KES, EnumSet.of(PreferenceScheme.EAC, PreferenceScheme.AFCFTA), EAC_MEMBERS, Percent.ZERO, null,
				List.of(lines));
	}

	/**
	 * Hangzhou → Kigali by air, into Rwanda in RWF; China is in no bloc with Rwanda and
	 * is not an LDC.
	 */
	public static Shipment toRwanda(LocalDate day, ShipmentLine... lines) {
		return new Shipment(day, new CorridorId(new UUID(0, 3)), HGH, KGL, CN, RW, TransportMode.AIR,
				CustomsRegime.GENERAL_TRADE, RWF, INTO_RWF, Set.of(), EAC_MEMBERS, Percent.ZERO, null, List.of(lines));
	}

	static Map<CurrencyCode, ExchangeRate> copy(Map<CurrencyCode, ExchangeRate> fx) {
		return new HashMap<>(fx);
	}

}
