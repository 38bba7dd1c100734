package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.UserId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * China's cross-border retail limits as the ordering module meets them at checkout,
 * cancellation and expiry.
 */
@SpringBootTest
class CrossBorderQuotaIntegrationTests {

	@Autowired
	CrossBorderQuota quota;

	@Autowired
	Trade trade;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	UserId buyer;

	TradeFixtures fixtures;

	@BeforeEach
	void aFreshBuyer() {
		buyer = new UserId(UUID.randomUUID()); // the quota is per person; a new id starts
												// the year with nothing used
		fixtures = new TradeFixtures(context);
	}

	static Money cny(String amount) {
		return Money.of(amount, "CNY");
	}

	@Test
	void consumingCountsAgainstTheYearAndIsIdempotentPerOrder() {
		UUID order = UUID.randomUUID();
		QuotaUse first = transactions.execute(s -> quota.consume(buyer, order, cny("4000.00")));
		QuotaUse again = transactions.execute(s -> quota.consume(buyer, order, cny("4000.00")));

		assertThat(again).isEqualTo(first);
		assertThat(quota.remaining(buyer)).isEqualTo(cny("22000.00"));
	}

	@Test
	void restoringGivesTheAmountBackOnceAndIgnoresUnknownOrders() {
		UUID order = UUID.randomUUID();
		transactions.executeWithoutResult(s -> quota.consume(buyer, order, cny("5000.00")));
		transactions.executeWithoutResult(s -> quota.restore(order));
		transactions.executeWithoutResult(s -> quota.restore(order));
		transactions.executeWithoutResult(s -> quota.restore(UUID.randomUUID()));

		assertThat(quota.remaining(buyer)).isEqualTo(cny("26000.00"));
	}

	@Test
	void manyOrdersAreCountedInOneTransactionAndOneOverTheLimitDoesNotSpoilTheOthers() {
		UserId other = new UserId(UUID.randomUUID());
		UUID first = UUID.randomUUID();
		UUID tooMuch = UUID.randomUUID();
		UUID fits = UUID.randomUUID();
		UUID otherBuyers = UUID.randomUUID();
		List<java.util.Optional<QuotaUse>> uses = transactions
			.execute(s -> quota.consumeAll(List.of(new CrossBorderQuota.Claim(buyer, first, cny("20000.00")),
					new CrossBorderQuota.Claim(buyer, tooMuch, cny("6000.01")),
					new CrossBorderQuota.Claim(other, otherBuyers, cny("25000.00")),
					new CrossBorderQuota.Claim(buyer, fits, cny("6000.00")))));

		assertThat(uses).extracting(java.util.Optional::isPresent).containsExactly(true, false, true, true);
		assertThat(uses.get(0).orElseThrow().amount()).isEqualTo(cny("20000.00"));
		assertThat(quota.remaining(buyer)).isEqualTo(cny("0.00"));
		assertThat(quota.remaining(other)).isEqualTo(cny("1000.00"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM trade_cbec_quota_use WHERE order_id = :id")
			.param("id", tooMuch)
			.query(Long.class)
			.single()).isZero();
		transactions.executeWithoutResult(s -> quota.restore(first));
		assertThat(quota.remaining(buyer)).isEqualTo(cny("20000.00"));
	}

	@Test
	void countingManyOrdersNeedsTheCallersTransaction() {
		assertThatThrownBy(
				() -> quota.consumeAll(List.of(new CrossBorderQuota.Claim(buyer, UUID.randomUUID(), cny("1.00")))))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
		assertThat(quota.remaining(buyer)).isEqualTo(cny("26000.00"));
	}

	@Test
	void anOrderOverTheAnnualLimitIsRefusedNamingTheLimitAndTheRemainderAndCountsNothing() {
		for (int i = 0; i < 5; i++) {
			transactions.executeWithoutResult(s -> quota.consume(buyer, UUID.randomUUID(), cny("5000.00")));
		}
		UUID tooMuch = UUID.randomUUID();
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> quota.consume(buyer, tooMuch, cny("1000.01"))))
			.isInstanceOf(QuotaExceeded.class)
			.hasMessageContaining("CNY 26000.00")
			.hasMessageContaining("CNY 1000.00 remains");

		assertThat(quota.remaining(buyer)).isEqualTo(cny("1000.00"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM trade_cbec_quota_use WHERE order_id = :id")
			.param("id", tooMuch)
			.query(Long.class)
			.single()).isZero();
		transactions.executeWithoutResult(s -> quota.consume(buyer, UUID.randomUUID(), cny("1000.00")));
		assertThat(quota.remaining(buyer)).isEqualTo(cny("0.00"));
	}

	@Test
	void aRolledBackCheckoutLeavesTheQuotaAsItWas() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
			quota.consume(buyer, UUID.randomUUID(), cny("3000.00"));
			throw new IllegalStateException("payment provider down");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(quota.remaining(buyer)).isEqualTo(cny("26000.00"));
	}

	@Test
	void checkoutChecksTheQuoteAgainstTheLimits() {
		LotId bags = fixtures.lot(fixtures.coop(), "090121", 12_000, "RWF", 300, 500, List.of("KGL-HGH"));
		LotId bigBag = fixtures.lot(fixtures.coop(), "090121", 1_200_000, "RWF", 61_000, 50, List.of("KGL-HGH"));
		LotId greenCoffee = fixtures.lot(fixtures.coop(), "090111", 250_000, "RWF", 61_000, 50, List.of("KGL-NBO"));
		QuoteRequest.Line small = new QuoteRequest.Line(bags, 4);

		Quote within = trade.quote(retail(List.of(small)));
		assertThat(quota.check(buyer, within)).isInstanceOf(QuotaCheck.Allowed.class);

		Quote single = trade.quote(retail(List.of(new QuoteRequest.Line(bigBag, 1))));
		QuotaCheck singleCheck = quota.check(buyer, single);
		assertThat(singleCheck).isInstanceOf(QuotaCheck.Allowed.class);
		assertThat(((QuotaCheck.Allowed) singleCheck).singleItemTaxedInFull()).isTrue();

		Quote several = trade.quote(retail(List.of(new QuoteRequest.Line(bigBag, 2))));
		QuotaCheck severalCheck = quota.check(buyer, several);
		assertThat(severalCheck).isInstanceOf(QuotaCheck.OverOrderLimit.class);
		assertThat(severalCheck.allowed()).isFalse();
		assertThat(severalCheck.message()).contains("limit of CNY 5000.00 per order");

		transactions.executeWithoutResult(s -> quota.consume(buyer, UUID.randomUUID(), cny("25800.00")));
		QuotaCheck annual = quota.check(buyer, within);
		assertThat(annual).isInstanceOf(QuotaCheck.OverAnnualLimit.class);
		assertThat(annual.message()).contains("CNY 26000.00 per buyer per year").contains("CNY 200.00 remains");

		Quote kenya = trade.quote(new QuoteRequest(CountryCode.of("KE"), null, null, null, null,
				List.of(new QuoteRequest.Line(greenCoffee, 1))));
		assertThat(quota.check(buyer, kenya)).isInstanceOf(QuotaCheck.NotApplicable.class);
	}

	QuoteRequest retail(List<QuoteRequest.Line> lines) {
		return new QuoteRequest(CountryCode.of("CN"), null,
				org.isoko.network.CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, null, null, lines);
	}

}
