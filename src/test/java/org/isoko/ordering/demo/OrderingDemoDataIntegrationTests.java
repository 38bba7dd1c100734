package org.isoko.ordering.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.ordering.OrderingTestSupport;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderingDemoDataIntegrationTests extends OrderingTestSupport {

	@Autowired
	OrderingDemoData demoData;

	@Autowired
	Catalog catalog;

	Map<String, String> demoStatuses() {
		Map<String, String> statuses = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT i.idempotency_key, o.status FROM ordering_idempotency i JOIN ordering_order o ON o.id = i.order_id
						WHERE i.operation = 'place-order' AND i.idempotency_key LIKE 'demo-order-%' ORDER BY i.idempotency_key""")
			.query((rs, row) -> statuses.put(rs.getString(1), rs.getString(2)))
			.list();
		return statuses;
	}

	/**
	 * Units a lot is short of its total must be exactly the units of its regular orders
	 * that still hold or consumed stock, plus the units set aside for its drops (the demo
	 * drops take part of ABZ-2026-FW-01; drop orders take from the drop).
	 */
	void assertStockMatchesOrders(UUID lot) {
		LotDetails details = catalog.lot(new LotId(lot)).orElseThrow();
		long missing = details.quantityTotal() - details.available();
		long ordered = jdbc
			.sql("""
					SELECT COALESCE(SUM(l.quantity), 0) FROM ordering_order_line l JOIN ordering_order o ON o.id = l.order_id
					WHERE l.lot_id = :id AND o.status NOT IN ('EXPIRED', 'DECLINED', 'CANCELLED', 'REFUNDED')
					  AND NOT EXISTS (SELECT 1 FROM ordering_drop_order d WHERE d.order_id = o.id)""")
			.param("id", lot)
			.query(Long.class)
			.single();
		long setAside = jdbc
			.sql("SELECT COALESCE(SUM(quantity - returned_to_lot), 0) FROM ordering_drop WHERE lot_id = :id")
			.param("id", lot)
			.query(Long.class)
			.single();
		assertThat(missing).isEqualTo(ordered + setAside);
	}

	@Test
	void seedsOrdersInEveryStateOnceThroughRealReservations() throws Exception {
		UUID abz = lotFixtures.ensure(LotFixtures.COOPERATIVE, "ABZ-2026-FW-01", "KGL", "HGH", 100, 180_000);
		lotFixtures.list(abz, "KGL", "NBO");
		UUID nyp = lotFixtures.ensure(LotFixtures.COOPERATIVE, "NYP-2026-FW-01", "KGL", "HGH", 100, 165_000);
		UUID khr = lotFixtures.ensure(LotFixtures.ROASTER, "KHR-2026-RST-250", "KGL", "HGH", 300, 9_500);
		lotFixtures.list(khr, "KGL", "NBO");

		demoData.run(null);

		assertThat(demoStatuses()).containsExactlyInAnyOrderEntriesOf(Map.of("demo-order-1", "PLACED", "demo-order-2",
				"PAID", "demo-order-3", "SHIPPED", "demo-order-4", "COMPLETED", "demo-order-5", "CANCELLED",
				"demo-order-6", "EXPIRED", "demo-order-7", "DECLINED", "demo-order-8", "COMPLETED"));
		for (UUID lot : new UUID[] { abz, nyp, khr }) {
			assertStockMatchesOrders(lot);
		}
		long orders = count("ordering_order");
		int abzLeft = lotFixtures.available(abz);

		demoData.run(null);

		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(lotFixtures.available(abz)).isEqualTo(abzLeft);
		assertThat(jdbc.sql(
				"SELECT COUNT(*) FROM ordering_order WHERE tracking_number IS NOT NULL AND status IN ('SHIPPED', 'COMPLETED')")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

}
