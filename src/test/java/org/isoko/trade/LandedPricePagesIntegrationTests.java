package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.support.SignIn.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.catalog.LotId;
import org.isoko.drops.Drop;
import org.isoko.drops.DropScheduling;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lot and drop pages show a signed-in buyer the landed price of the minimum order in
 * their own currency, with the figures of {@link Trade#quote} for the same request (the
 * one the cart and the drop order make), the breakdown in a {@code <details>} element; a
 * lot that cannot be quoted says why instead of failing; anonymous visitors are asked to
 * sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LandedPricePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Trade trade;

	@Autowired
	UserDirectory users;

	@Autowired
	DropScheduling drops;

	@Test
	void aChineseBuyerSeesTheLandedPriceOfTheMinimumOrderInYuanAsTheQuoteHasIt() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		LotId lot = fixtures.lot(fixtures.coop(), "RW", "090111", 250_000, "RWF", 61_000, 100, 2, List.of("KGL-HGH"));
		Quote quote = quoteFor("buyer.cn@isoko.demo", lot, fixtures.corridor("KGL", "HGH"), 2, true);
		assertThat(quote.currency()).isEqualTo(CurrencyCode.of("CNY"));

		String page = lotPage(lot, SignIn.session(mvc, "buyer.cn@isoko.demo"));

		assertShowsTheQuote(page, quote, 2);
	}

	@Test
	void aKenyanBuyerSeesTheLandedPriceInShillingsNotFrancs() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		LotId lot = fixtures.lot(fixtures.coop(), "CN", "090111", 250_000, "RWF", 61_000, 100, 3, List.of("KGL-NBO"));
		Quote quote = quoteFor("buyer.ke@isoko.demo", lot, fixtures.corridor("KGL", "NBO"), 3, true);
		assertThat(quote.currency()).isEqualTo(CurrencyCode.of("KES"));
		assertThat(quote.totals().taxes().isPositive()).as("Kenya's VAT and import fees on Chinese goods").isTrue();

		String page = lotPage(lot, SignIn.session(mvc, "buyer.ke@isoko.demo"));

		assertShowsTheQuote(page, quote, 3);
		assertThat(page).doesNotContain("landed-unit\">RWF");
	}

	@Test
	void theDropPageShowsAKenyanBuyerTheLandedPriceTheDropOrderWouldCharge() throws Exception {
		Drop drop = drops.open(PageRequest.of(0, 50))
			.items()
			.stream()
			.filter(d -> d.title().startsWith("Launch drop"))
			.findFirst()
			.orElseThrow();
		LotId lot = drop.lot();
		CorridorId toNairobi = drop.corridors()
			.stream()
			.filter(c -> context.getBean(org.isoko.network.Network.class)
				.corridor(c)
				.map(k -> k.destinationCountry().value().equals("KE"))
				.orElse(false))
			.findFirst()
			.orElseThrow();
		int minimum = drops.lotOf(drop).minOrderQuantity();
		Quote quote = quoteFor("buyer.ke@isoko.demo", lot, toNairobi.value(), minimum, false);
		assertThat(quote.currency()).isEqualTo(CurrencyCode.of("KES"));

		String page = mvc
			.perform(get("/drops/{id}", drop.id().toString()).param("lang", "en")
				.session(SignIn.session(mvc, "buyer.ke@isoko.demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertShowsTheQuote(page, quote, minimum);
		assertThat(page).contains("Goods price:");
	}

	@Test
	void aLotThatCannotBeQuotedSaysWhyInsteadOfFailing() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		String operator = SignIn.token(mvc, "operator.hangzhou@isoko.demo");
		String line = JsonPath.read(mvc
			.perform(bearer(post("/api/v1/tariff-lines"), operator).contentType(MediaType.APPLICATION_JSON)
				.content(tariff(null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		LotId cartons = fixtures.lot(fixtures.coop(), "481910", 5_000, "RWF", 2_000, 10, List.of("KGL-HGH"));
		// the operator closes the line today: the listed lot can no longer be quoted
		mvc.perform(bearer(put("/api/v1/tariff-lines/" + line), operator).contentType(MediaType.APPLICATION_JSON)
			.content(tariff(LocalDate.now().toString()))).andExpect(status().isOk());

		String page = lotPage(cartons, SignIn.session(mvc, "importer.cn@isoko.demo"));

		assertThat(page).contains("class=\"notice warn landed-unavailable\"")
			.contains("No landed price: your country&#39;s tariff has no line for this product.")
			.doesNotContain("landed-unit");
	}

	private static String tariff(String to) {
		return "{\"importer\":\"CN\",\"hsCode\":\"4819.10\",\"scheme\":\"MFN\",\"rate\":7.5,"
				+ "\"validFrom\":\"2026-01-01\"" + (to == null ? "" : ",\"validTo\":\"" + to + "\"")
				+ ",\"legalBasis\":\"Test basis\",\"source\":\"Test source [U]\"}";
	}

	@Test
	void anAnonymousVisitorIsAskedToSignInToSeeTheLandedPrice() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		LotId lot = fixtures.lot(fixtures.coop(), "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-HGH"));

		String page = mvc.perform(get("/lots/{id}", lot.toString()).param("destination", "CN").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"landed-sign-in\"").doesNotContain("landed-unit").contains("Goods price:");
	}

	private Quote quoteFor(String email, LotId lot, java.util.UUID corridor, int quantity, boolean personal) {
		CurrentUser buyer = users.findByEmail(email).orElseThrow();
		return trade.quote(new QuoteRequest(null, new CorridorId(corridor), null, null,
				new QuoteRequest.Buyer(personal ? buyer.id() : null, buyer.organisationId()),
				List.of(new QuoteRequest.Line(lot, quantity))));
	}

	private String lotPage(LotId lot, MockHttpSession session) throws Exception {
		return mvc.perform(get("/lots/{id}", lot.toString()).param("lang", "en").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static void assertShowsTheQuote(String page, Quote quote, int quantity) {
		QuoteTotals totals = quote.totals();
		Money perUnit = new Money(java.math.BigDecimal.valueOf(totals.total().minorUnits())
			.divide(java.math.BigDecimal.valueOf(quantity), 0, Money.ROUNDING)
			.longValueExact(), totals.total().currency());
		assertThat(page).contains("class=\"landed-unit\">" + format(perUnit) + "<")
			.contains("class=\"landed-total\">" + format(totals.total()) + " for " + quantity + " (the minimum order)<")
			.contains("<details class=\"landed-breakdown\">")
			.contains("class=\"num landed-goods\">" + format(totals.goods()) + "<")
			.contains("class=\"num landed-freight\">" + format(totals.freight().plus(totals.insurance())) + "<")
			.contains("class=\"num landed-duty\">" + format(totals.duty()) + "<")
			.contains("class=\"num landed-taxes\">" + format(totals.taxes()) + "<");
		assertThat(totals.total().compareTo(totals.goods())).as("landed above the goods price").isPositive();
	}

	private static String format(Money money) {
		return money.format(Locale.ENGLISH);
	}

}
