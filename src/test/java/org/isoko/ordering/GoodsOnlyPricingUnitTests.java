package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.Category;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.ProducerKind;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.Provenance;
import org.isoko.identity.OrganisationId;
import org.isoko.network.Conversion;
import org.isoko.network.FxPath;
import org.isoko.network.FxQuote;
import org.isoko.network.FxRates;
import org.isoko.ordering.placement.OrderPricing;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the goods-only pricing: each line converted once, half-up; the total
 * is the sum of the lines.
 */
class GoodsOnlyPricingUnitTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 29);
	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode RWF = CurrencyCode.of("RWF");

	/** Fixed rates: 1 RWF = 0.005 CNY, 1 CNY = 208.93 RWF. */
	static final FxRates RATES = new FxRates() {
		final Map<String, BigDecimal> rates = Map.of("RWF>CNY", new BigDecimal("0.005"), "CNY>RWF",
				new BigDecimal("208.93"));

		@Override
		public FxQuote rate(CurrencyCode from, CurrencyCode to, LocalDate on) {
			return new FxQuote(from, to, rates.get(from + ">" + to), DAY.minusDays(2), "test rate", FxPath.DIRECT,
					List.of());
		}

		@Override
		public Conversion convert(Money amount, CurrencyCode target, LocalDate on) {
			FxQuote quote = rate(amount.currency(), target, on);
			return new Conversion(amount, amount.convert(quote.rate(), target), quote.rate(), quote.effectiveDate(),
					quote.source(), quote.path(), "half-up");
		}
	};

	final GoodsOnlyPricing pricing = new GoodsOnlyPricing(RATES);

	static LotDetails lot(String price, String currency, Map<String, ProductText> texts) {
		return new LotDetails(LotId.random(), new ProductId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
				Category.GREEN_COFFEE, HsCode.of("0901.11"), "60 kg bag", 60000, 60500, texts, "REF-" + price, 100, 100,
				Money.of(price, currency), 1,
				new Provenance(CountryCode.of("RW"), "Huye", "Coop", ProducerKind.COOPERATIVE, null),
				new CoffeeAttributes(null, null, null, null), null, Map.of(), List.of(), List.of());
	}

	static Map<String, ProductText> english(String name) {
		return Map.of("en", new ProductText("en", name, name));
	}

	@Test
	void convertsEachLineOnceHalfUpAndAddsTheLines() {
		// Line 1: 3 × 15,000 RWF = 45,000 RWF × 0.005 = 225.000 CNY.
		// Line 2: 3 × 1,045 RWF = 3,135 RWF × 0.005 = 15.675 CNY → 15.68 (half-up;
		// half-even would give 15.67).
		// Its unit price 1,045 × 0.005 = 5.225 → 5.23 is shown, but 3 × 5.23 = 15.69 ≠
		// 15.68: the line is converted, not the unit.
		PricedOrder priced = pricing.price(List.of(new OrderPricing.Line(lot("15000", "RWF", english("Bourbon")), 3),
				new OrderPricing.Line(lot("1045", "RWF", english("Chili")), 3)), CNY, Locale.ENGLISH, DAY);

		assertThat(priced.lines().get(0).lineTotal()).isEqualTo(Money.of("225.00", "CNY"));
		assertThat(priced.lines().get(1).unitPrice()).isEqualTo(Money.of("5.23", "CNY"));
		assertThat(priced.lines().get(1).lineTotal()).isEqualTo(Money.of("15.68", "CNY"));
		assertThat(priced.total()).isEqualTo(Money.of("240.68", "CNY"));
		assertThat(priced.sellerTotal()).isEqualTo(Money.of("48135", "RWF"));
		assertThat(priced.lines().get(1).fx().rate()).isEqualByComparingTo("0.005");
		assertThat(priced.lines().get(1).fx().date()).isEqualTo(DAY.minusDays(2));
		assertThat(priced.pricing()).isEqualTo(Pricing.GOODS_ONLY);
	}

	@Test
	void roundsToTheBuyerCurrencysMinorUnit() {
		// 12.50 CNY × 208.93 = 2,611.625 RWF → 2,612 RWF (RWF has no minor unit).
		PricedOrder priced = pricing.price(List.of(new OrderPricing.Line(lot("12.50", "CNY", english("Pulper")), 1)),
				RWF, Locale.ENGLISH, DAY);
		assertThat(priced.total()).isEqualTo(Money.ofMinor(2612, "RWF"));
		assertThat(priced.lines().get(0).lineTotalSeller()).isEqualTo(Money.of("12.50", "CNY"));
	}

	@Test
	void namesTheProductInTheBuyersLanguageWithFallback() {
		Map<String, ProductText> texts = Map.of("en", new ProductText("en", "Green coffee", "x"), "zh",
				new ProductText("zh", "生咖啡豆", "x"));
		assertThat(pricing.price(List.of(new OrderPricing.Line(lot("100", "RWF", texts), 1)), CNY, Locale.CHINESE, DAY)
			.lines()
			.get(0)
			.productName()).isEqualTo("生咖啡豆");
		assertThat(pricing.price(List.of(new OrderPricing.Line(lot("100", "RWF", texts), 1)), CNY, Locale.FRENCH, DAY)
			.lines()
			.get(0)
			.productName()).isEqualTo("Green coffee");
	}

	@Test
	void refusesLotsPricedInTwoCurrencies() {
		assertThatThrownBy(() -> pricing.price(List.of(new OrderPricing.Line(lot("100", "RWF", english("a")), 1),
				new OrderPricing.Line(lot("1.00", "CNY", english("b")), 1)), CNY, Locale.ENGLISH, DAY))
			.isInstanceOf(InvalidInput.class);
	}

}
