package org.isoko.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo hub network for the embedded default (never in production): the Kigali, Hangzhou
 * and Nairobi hubs, the four corridors between them, the EAC countries with their
 * currencies, LDC status and blocs, and FX rates between RWF, CNY, KES and USD.
 * <p>
 * The FX rates are <b>illustrative</b>: plausible late-2026 mid rates attributed to the
 * institutions that publish such rates, not figures copied from them. Membership dates
 * and LDC status follow public sources but are demo data too. Ghana is deliberately
 * absent: the tests add it through the API to show that a country is data, not code.
 * <p>
 * Idempotent: inserts only what is missing, so a second start changes nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class NetworkDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(NetworkDemoData.class);

	private static final String ACTOR = "demo-data";

	private static final String UN_LDC = "UN list of least developed countries (UN DESA, December 2024)";

	private static final String UN_LDC_URL = "https://www.un.org/development/desa/dpad/least-developed-country-category/ldcs-at-a-glance.html";

	private static final String NBR = "National Bank of Rwanda reference rate";

	private static final String NBR_URL = "https://www.bnr.rw";

	private static final String PBOC = "People's Bank of China central parity (CFETS)";

	private static final String PBOC_URL = "https://www.chinamoney.com.cn";

	private static final String CBK = "Central Bank of Kenya indicative rate";

	private static final String CBK_URL = "https://www.centralbank.go.ke";

	private static final BlocCode EAC = BlocCode.of("EAC");

	private static final BlocCode AFCFTA = BlocCode.of("AFCFTA");

	private final NetworkStore store;

	private int inserted;

	NetworkDemoData(NetworkStore store) {
		this.store = store;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		inserted = 0;
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		LocalDate eWtpRwanda = LocalDate.of(2018, 10, 31);
		LocalDate demoStart = LocalDate.of(2026, 1, 1);

		country("RW", "Rwanda", Map.of("fr", "Rwanda", "rw", "Rwanda", "zh", "卢旺达"), "RWF", true, eWtpRwanda, now,
				member(EAC, 2007, 7, 1), member(AFCFTA, 2021, 1, 1));
		country("CN", "China", Map.of("fr", "Chine", "rw", "Ubushinwa", "zh", "中国"), "CNY", false, eWtpRwanda, now);
		country("KE", "Kenya", Map.of("fr", "Kenya", "rw", "Kenya", "zh", "肯尼亚"), "KES", false, demoStart, now,
				member(EAC, 2000, 7, 7), member(AFCFTA, 2021, 1, 1));
		country("UG", "Uganda", Map.of("fr", "Ouganda", "rw", "Uganda", "zh", "乌干达"), "UGX", true, demoStart, now,
				member(EAC, 2000, 7, 7), member(AFCFTA, 2021, 1, 1));
		country("TZ", "Tanzania", Map.of("fr", "Tanzanie", "rw", "Tanzaniya", "zh", "坦桑尼亚"), "TZS", true, demoStart,
				now, member(EAC, 2000, 7, 7), member(AFCFTA, 2022, 1, 17));
		country("BI", "Burundi", Map.of("fr", "Burundi", "rw", "Uburundi", "zh", "布隆迪"), "BIF", true, demoStart, now,
				member(EAC, 2007, 7, 1), member(AFCFTA, 2021, 1, 1));

		hub("KGL", "Kigali hub", Map.of("fr", "Hub de Kigali", "rw", "Ihuriro rya Kigali", "zh", "基加利枢纽"), "Kigali",
				"RW", eWtpRwanda, "eWTP Rwanda hub, launched 31 October 2018", now);
		hub("HGH", "Hangzhou hub", Map.of("fr", "Hub de Hangzhou", "rw", "Ihuriro rya Hangzhou", "zh", "杭州枢纽"),
				"Hangzhou", "CN", eWtpRwanda, "eWTP Hangzhou hub", now);
		hub("NBO", "Nairobi hub", Map.of("fr", "Hub de Nairobi", "rw", "Ihuriro rya Nairobi", "zh", "内罗毕枢纽"), "Nairobi",
				"KE", demoStart, "Isoko demo hub", now);

		corridor("KGL", "HGH", 7, EnumSet.of(TransportMode.AIR),
				EnumSet.of(CustomsRegime.GENERAL_TRADE, CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL), eWtpRwanda, now);
		corridor("HGH", "KGL", 30, EnumSet.of(TransportMode.AIR, TransportMode.MULTIMODAL),
				EnumSet.of(CustomsRegime.GENERAL_TRADE), eWtpRwanda, now);
		corridor("KGL", "NBO", 4, EnumSet.of(TransportMode.ROAD, TransportMode.AIR),
				EnumSet.of(CustomsRegime.EAC_CUSTOMS_UNION, CustomsRegime.AFCFTA), demoStart, now);
		corridor("NBO", "KGL", 4, EnumSet.of(TransportMode.ROAD),
				EnumSet.of(CustomsRegime.EAC_CUSTOMS_UNION, CustomsRegime.AFCFTA), demoStart, now);

		LocalDate earlier = LocalDate.of(2026, 11, 2);
		LocalDate latest = LocalDate.of(2026, 11, 27);
		rate("USD", "RWF", "1476.10", earlier, NBR, NBR_URL, now);
		rate("USD", "RWF", "1482.35", latest, NBR, NBR_URL, now);
		rate("USD", "CNY", "7.1120", earlier, PBOC, PBOC_URL, now);
		rate("USD", "CNY", "7.0950", latest, PBOC, PBOC_URL, now);
		rate("USD", "KES", "129.15", earlier, CBK, CBK_URL, now);
		rate("USD", "KES", "129.20", latest, CBK, CBK_URL, now);
		rate("CNY", "RWF", "207.55", earlier, NBR, NBR_URL, now);
		rate("CNY", "RWF", "208.93", latest, NBR, NBR_URL, now);
		rate("KES", "RWF", "11.43", earlier, NBR, NBR_URL, now);
		rate("KES", "RWF", "11.47", latest, NBR, NBR_URL, now);

		if (inserted > 0) {
			LOG.info("Seeded {} rows of demo hub network data", inserted);
		}
	}

	private record Membership(BlocCode bloc, LocalDate from) {
	}

	private static Membership member(BlocCode bloc, int year, int month, int day) {
		return new Membership(bloc, LocalDate.of(year, month, day));
	}

	private void country(String code, String name, Map<String, String> names, String currency, boolean ldc,
			LocalDate from, OffsetDateTime now, Membership... memberships) {
		CountryCode country = CountryCode.of(code);
		if (store.country(country).isPresent()) {
			return;
		}
		Set<BlocCode> blocs = Set.copyOf(Arrays.stream(memberships).map(Membership::bloc).toList());
		CountryDetails details = new CountryDetails(name, names, CurrencyCode.of(currency), ldc, blocs, from, null,
				UN_LDC, UN_LDC_URL);
		store.insertCountry(country, details, ACTOR, now);
		for (Membership membership : memberships) {
			store.joinBloc(country, membership.bloc(), membership.from(),
					"Demo data: " + membership.bloc() + " membership", ACTOR, now);
		}
		store.recordChange("country", code, "created", ACTOR, now, details.toString());
		inserted++;
	}

	private void hub(String code, String name, Map<String, String> names, String city, String country, LocalDate from,
			String source, OffsetDateTime now) {
		HubCode hub = HubCode.of(code);
		if (store.hub(hub).isPresent()) {
			return;
		}
		HubDetails details = new HubDetails(name, names, city, CountryCode.of(country), from, null, source, null);
		store.insertHub(hub, details, ACTOR, now);
		store.recordChange("hub", code, "created", ACTOR, now, details.toString());
		inserted++;
	}

	private void corridor(String origin, String destination, int days, Set<TransportMode> modes,
			Set<CustomsRegime> regimes, LocalDate from, OffsetDateTime now) {
		CorridorDetails details = new CorridorDetails(HubCode.of(origin), HubCode.of(destination), modes, regimes, days,
				from, null, "Isoko demo data: typical door-to-hub transit", null);
		if (!store.corridors(new CorridorFilter(details.origin(), details.destination(), null, null, null), 0, 1)
			.isEmpty()) {
			return;
		}
		CorridorId id = CorridorId.random();
		store.insertCorridor(id, details, ACTOR, now);
		store.recordChange("corridor", id.toString(), "created", ACTOR, now, details.toString());
		inserted++;
	}

	private void rate(String base, String quote, String rate, LocalDate day, String source, String url,
			OffsetDateTime now) {
		FxRateDetails details = new FxRateDetails(CurrencyCode.of(base), CurrencyCode.of(quote), new BigDecimal(rate),
				day, source + " (illustrative demo rate)", url);
		if (store.fxRateExists(details.base(), details.quote(), day, null)) {
			return;
		}
		UUID id = UUID.randomUUID();
		store.insertFxRate(id, details, ACTOR, now);
		store.recordChange("fx-rate", id.toString(), "created", ACTOR, now, details.toString());
		inserted++;
	}

}
