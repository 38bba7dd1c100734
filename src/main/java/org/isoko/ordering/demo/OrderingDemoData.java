package org.isoko.ordering.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.Listing;
import org.isoko.catalog.LotDetails;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.Role;
import org.isoko.identity.UserDirectory;
import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.OrderPlacement;
import org.isoko.ordering.PlaceOrder;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo orders in every interesting state for the demo buyers, against the demo lots
 * (found by reference; a lot that is not there, or not listed towards the buyer's
 * country, is skipped quietly). Orders go through the same placement, landed-cost quote,
 * cross-border quota, stock reservation and transitions as real ones, so each carries its
 * quote. Idempotent: each demo order is placed under its own Idempotency-Key, so a second
 * start finds it and changes nothing.
 * <p>
 * Reads demo users and lots by e-mail and reference with plain SQL: there is no public
 * lookup for either, and this is demo data only.
 */
@Component
@org.springframework.core.annotation.Order(40)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class OrderingDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(OrderingDemoData.class);

	/**
	 * The demo PLACED order stays payable for a week, so the demo shows it rather than an
	 * expired one.
	 */
	static final Duration DEMO_RESERVATION = Duration.ofDays(7);

	enum Target {

		PLACED, PAID, ACCEPTED, SHIPPED, COMPLETED, CANCELLED, DECLINED, EXPIRED

	}

	record DemoOrder(String key, String buyer, String lotReference, int quantity, Target target) {
	}

	static final List<DemoOrder> ORDERS = List.of(
			// One bag: a consumer's cross-border retail order must stay within RMB 5,000
			// of goods, freight and insurance.
			new DemoOrder("demo-order-1", "buyer.cn@isoko.demo", "ABZ-2026-FW-01", 1, Target.PLACED),
			new DemoOrder("demo-order-2", "buyer.cn@isoko.demo", "NYP-2026-FW-01", 1, Target.PAID),
			new DemoOrder("demo-order-3", "importer.cn@isoko.demo", "ABZ-2026-FW-01", 10, Target.SHIPPED),
			new DemoOrder("demo-order-4", "importer.cn@isoko.demo", "KHR-2026-RST-250", 24, Target.COMPLETED),
			new DemoOrder("demo-order-5", "buyer.cn@isoko.demo", "KHR-2026-RST-250", 3, Target.CANCELLED),
			new DemoOrder("demo-order-6", "importer.cn@isoko.demo", "NYP-2026-FW-01", 5, Target.EXPIRED),
			new DemoOrder("demo-order-7", "buyer.ke@isoko.demo", "ABZ-2026-FW-01", 1, Target.DECLINED),
			new DemoOrder("demo-order-8", "buyer.ke@isoko.demo", "KHR-2026-RST-250", 6, Target.COMPLETED));

	/**
	 * Accepted orders whose parcels the logistics demo moves through every milestone;
	 * seeded only with {@code isoko.logistics.demo-parcels} (on by default, off in tests,
	 * whose stock and order counts they would change).
	 */
	static final List<DemoOrder> LOGISTICS_ORDERS = List.of(
			new DemoOrder("demo-order-9", "importer.cn@isoko.demo", "ABZ-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-10", "importer.cn@isoko.demo", "NYP-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-11", "importer.cn@isoko.demo", "KHR-2026-RST-250", 6, Target.ACCEPTED),
			new DemoOrder("demo-order-12", "importer.cn@isoko.demo", "ABZ-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-13", "importer.cn@isoko.demo", "NYP-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-14", "importer.cn@isoko.demo", "KHR-2026-RST-250", 6, Target.ACCEPTED),
			new DemoOrder("demo-order-15", "importer.cn@isoko.demo", "ABZ-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-16", "importer.cn@isoko.demo", "NYP-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-17", "importer.cn@isoko.demo", "KHR-2026-RST-250", 6, Target.ACCEPTED));

	/**
	 * The demo consumer's accepted cross-border retail orders (one bag each, about RMB
	 * 4,400: three more fit in the buyer's RMB 26,000 year) whose parcels the customs
	 * demo declares to China's customs; seeded with the logistics ones.
	 */
	static final List<DemoOrder> CUSTOMS_ORDERS = List.of(
			new DemoOrder("demo-order-18", "buyer.cn@isoko.demo", "ABZ-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-19", "buyer.cn@isoko.demo", "NYP-2026-FW-01", 1, Target.ACCEPTED),
			new DemoOrder("demo-order-20", "buyer.cn@isoko.demo", "ABZ-2026-FW-01", 1, Target.ACCEPTED),
			// KGL→NBO: exported from Rwanda and declared for import into Kenya by the
			// customs entries demo.
			new DemoOrder("demo-order-21", "buyer.ke@isoko.demo", "ABZ-2026-FW-01", 1, Target.ACCEPTED),
			// NBO→KGL: Kenyan tea carried from Nairobi and declared for import into
			// Rwanda
			// by the customs entries demo (one released, one queried by the Kigali
			// officer).
			new DemoOrder("demo-order-22", "processor.rw@isoko.demo", "LHT-2026-TEA-250", 24, Target.ACCEPTED),
			new DemoOrder("demo-order-23", "processor.rw@isoko.demo", "LHT-2026-TEA-250", 12, Target.ACCEPTED));

	// HAM-2026-PULPER (HGH→KGL) is for Rwandan buyers; no demo order uses it.

	private final boolean logisticsOrders;

	private final Catalog catalog;

	private final Network network;

	private final OrderPlacement placement;

	private final OrderManagement management;

	private final IdempotencyRecords idempotency;

	private final Clock clock;

	private final DemoPaymentStep demoPayment;

	private final UserDirectory users;

	OrderingDemoData(Catalog catalog, Network network, OrderPlacement placement, OrderManagement management,
			IdempotencyRecords idempotency, Clock clock, DemoPaymentStep demoPayment, UserDirectory users,
			@Value("${isoko.logistics.demo-parcels:true}") boolean logisticsOrders) {
		this.logisticsOrders = logisticsOrders;
		this.demoPayment = demoPayment;
		this.users = users;
		this.catalog = catalog;
		this.network = network;
		this.placement = placement;
		this.management = management;
		this.idempotency = idempotency;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		List<DemoOrder> orders = new ArrayList<>(ORDERS);
		if (logisticsOrders) {
			orders.addAll(LOGISTICS_ORDERS);
			orders.addAll(CUSTOMS_ORDERS);
		}
		for (DemoOrder demo : orders) {
			try {
				created += create(demo) ? 1 : 0;
			}
			catch (RuntimeException e) {
				LOG.warn("Demo order {} skipped: {}", demo.key(), e.getMessage());
			}
		}
		if (created > 0) {
			LOG.info("Seeded {} demo orders", created);
		}
	}

	private boolean create(DemoOrder demo) {
		Optional<CurrentUser> buyer = user(demo.buyer());
		if (buyer.isEmpty() || idempotency.find(buyer.get().id(), OrderPlacement.OPERATION, demo.key()).isPresent()) {
			return false;
		}
		Optional<LotDetails> lot = catalog.lotByReference(demo.lotReference());
		if (lot.isEmpty()) {
			return false;
		}
		Optional<Corridor> corridor = lot.get()
			.listings()
			.stream()
			.filter(Listing::isListed)
			.map(l -> network.corridor(l.corridor()))
			.flatMap(Optional::stream)
			.filter(c -> c.destinationCountry().equals(buyer.get().country()))
			.findFirst();
		int quantity = Math.max(demo.quantity(), lot.get().minOrderQuantity());
		if (corridor.isEmpty() || lot.get().available() < quantity) {
			return false;
		}
		DeliveryAddress address = address(buyer.get());
		PlaceOrder command = new PlaceOrder(corridor.get().id(),
				List.of(new PlaceOrder.Line(lot.get().id(), corridor.get().id(), quantity)), address);
		boolean expires = demo.target() == Target.EXPIRED;
		Order order = placement.placeForDemo(buyer.get(), demo.key(), command,
				expires ? clock.instant().minusSeconds(1) : clock.instant().plus(DEMO_RESERVATION));
		OrderId id = order.id();
		if (expires) {
			management.expire(id);
			return true;
		}
		if (demo.target() == Target.CANCELLED) {
			management.cancel(buyer.get(), id, "Ordered the wrong size of pack");
			return true;
		}
		if (demo.target() == Target.PLACED) {
			return true;
		}
		// Seeded as paid with the demo step (no money moves): the later states need a
		// paid order at once, and a provider
		// confirms asynchronously. Buyers pay their own orders with mobile money or the
		// wallet.
		management.pay(buyer.get(), id, demoPayment, demo.key() + "-payment", null);
		if (demo.target() == Target.PAID) {
			return true;
		}
		CurrentUser seller = sellerOf(lot.get().seller())
			.orElseThrow(() -> new IllegalStateException("no seller user"));
		if (demo.target() == Target.DECLINED) {
			management.decline(seller, id, "This lot is reserved for a contract buyer this season; sorry");
			return true;
		}
		management.accept(seller, id);
		if (demo.target() == Target.ACCEPTED) {
			return true; // its parcel waits for the logistics demo
		}
		management.ship(seller, id, "RwandAir Cargo",
				"WB-RW-" + demo.key().substring(demo.key().length() - 1) + "-2026");
		if (demo.target() == Target.COMPLETED) {
			management.confirmDelivery(buyer.get(), id);
		}
		return true;
	}

	private DeliveryAddress address(CurrentUser buyer) {
		if (buyer.country().equals(CountryCode.of("KE"))) {
			return DeliveryAddress.of(buyer.displayName(), "+254712345678", "Kenyatta Avenue 12", "Nairobi",
					"Nairobi County", "00100", buyer.country(), "");
		}
		if (buyer.country().equals(CountryCode.of("RW"))) {
			return DeliveryAddress.of(buyer.displayName(), "+250788123456", "Ngoma Sector, Huye-Nyamagabe Road", "Huye",
					"Southern Province", "", buyer.country(), "");
		}
		return DeliveryAddress.of(buyer.displayName(), "+8613800138000", "88 Wensan Road, Xihu District", "Hangzhou",
				"Zhejiang", "310012", buyer.country(), "");
	}

	private Optional<CurrentUser> user(String email) {
		return users.findByEmail(email);
	}

	private Optional<CurrentUser> sellerOf(OrganisationId organisation) {
		return users.firstWithRole(organisation, Role.SELLER);
	}

}
