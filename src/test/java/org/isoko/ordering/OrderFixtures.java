package org.isoko.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.network.FxPath;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;

/** Orders in any state, without Spring, for unit tests of the aggregate. */
final class OrderFixtures {

	static final Instant PLACED_AT = Instant.parse("2026-11-29T10:00:00Z");
	static final Instant EXPIRES_AT = PLACED_AT.plusSeconds(15 * 60);
	static final Actor BUYER = new Actor(new UserId(UUID.randomUUID()), "Li Wei (Li Wei)");

	private OrderFixtures() {
	}

	static Order inState(OrderStatus status, boolean paid) {
		Money total = Money.ofMinor(21537, "CNY");
		OrderLine line = new OrderLine(1, LotId.random(), "ABZ-1", "Coffee", HsCode.of("0901.11"), "60 kg bag", 3,
				Money.ofMinor(15000, "RWF"), Money.ofMinor(45000, "RWF"), Money.ofMinor(7179, "CNY"), total,
				new FxSnapshot(CurrencyCode.of("RWF"), CurrencyCode.of("CNY"), new BigDecimal("0.004786"),
						LocalDate.of(2026, 11, 27), "test", FxPath.INVERSE),
				OrderCharges.goodsOnly(total));
		DeliveryAddress address = new DeliveryAddress("Li Wei", Msisdn.of("+8613800138000"), "88 Wensan Road",
				"Hangzhou", "Zhejiang", null, CountryCode.of("CN"));
		return new Order(OrderId.random(), "ISK-261129-TEST01",
				new Order.Parties(BUYER.id(), new OrganisationId(UUID.randomUUID()), "Li Wei",
						new OrganisationId(UUID.randomUUID()), "Coop"),
				new Order.Route(CorridorId.random(), HubCode.of("KGL"), HubCode.of("HGH")),
				new Order.Priced(List.of(line), OrderCharges.goodsOnly(total), Money.ofMinor(45000, "RWF"),
						Pricing.GOODS_ONLY, null, null),
				address, new Order.Lifecycle(status, PLACED_AT, EXPIRES_AT, paid ? PLACED_AT.plusSeconds(60) : null,
						paid ? "DEMO" : null, null, null, PLACED_AT, 3));
	}

}
