package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.trade.CrossBorderQuota;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Ordering bootstrapped with only the modules it depends on (no payments, no drops): an
 * order that is not paid in time expires, its units go back to the lot and the
 * cross-border retail quota it used goes back to the buyer, in the transaction of the
 * expiry that publishes {@link OrderExpired}. With no drops module running, no
 * {@link ReturnedUnits} is there to take the units, so this also shows that ordering
 * stands without it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ MutableClockConfiguration.class, LotFixtures.class })
class OrderExpiryModuleTests {

	@Autowired
	IdempotentOrdering ordering;

	@Autowired
	ReservationExpiry expiry;

	@Autowired
	UserDirectory users;

	@Autowired
	Catalog catalog;

	@Autowired
	CrossBorderQuota quota;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	ObjectProvider<ReturnedUnits> returnedUnits;

	@Test
	void anExpiredOrderGivesItsUnitsToTheLotAndItsCrossBorderQuotaToTheBuyer(Scenario scenario) {
		assertThat(returnedUnits.stream()).isEmpty(); // no drops module in this test
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 10, 15_000, 1);
		CurrentUser buyer = users.findByEmail(BuyerFixtures.buyers(jdbc, 1, "CN", "HGH").get(0).email()).orElseThrow();
		Money fullQuota = quota.remaining(buyer.id());
		PlaceOrder command = new PlaceOrder(null,
				List.of(new PlaceOrder.Line(new LotId(lot.id()), new CorridorId(lot.corridor()), 3)),
				new DeliveryAddress("Li Wei", Msisdn.of("+86 138 0013 8000"), "88 Wensan Road", "Hangzhou", "Zhejiang",
						null, CountryCode.of("CN")));

		Order order = ordering.place(buyer, UUID.randomUUID().toString(), command, Locale.ENGLISH).order();
		assertThat(available(lot)).isEqualTo(7);
		assertThat(quota.remaining(buyer.id())).isLessThan(fullQuota); // a cross-border
																		// retail order

		clock.advance(Duration.ofMinutes(16));
		scenario.stimulate(() -> expiry.expireDue())
			.andWaitForEventOfType(OrderExpired.class)
			.matching(expired -> expired.order().equals(order.id()))
			.toArriveAndVerify(expired -> {
				assertThat(available(lot)).isEqualTo(10);
				assertThat(quota.remaining(buyer.id())).isEqualTo(fullQuota);
			});
	}

	private int available(LotFixtures.Lot lot) {
		return catalog.lot(new LotId(lot.id())).map(LotDetails::available).orElseThrow();
	}

}
