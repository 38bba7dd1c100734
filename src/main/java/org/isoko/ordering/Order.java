package org.isoko.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;

/**
 * An order: the lines of one seller on one corridor, with the snapshot of prices, FX and
 * address taken when it was placed, what the buyer pays (the landed cost: goods, freight,
 * insurance, duty, taxes and fees, and the trade quote they come from), and its status.
 * Status changes only through the guarded, intention-revealing methods below; each
 * records a {@link HistoryEntry} and a past-tense event, which {@code OrderStore} and the
 * service persist and publish. The {@code version} is checked on every save, so two
 * concurrent changes cannot both win.
 */
public final class Order {

	private final OrderId id;

	private final String number;

	private final UserId buyer;

	private final OrganisationId buyerOrganisation;

	private final String buyerName;

	private final OrganisationId seller;

	private final String sellerName;

	private final CorridorId corridor;

	private final HubCode origin;

	private final HubCode destination;

	private final List<OrderLine> lines;

	private final OrderCharges charges;

	private final Money sellerTotal;

	private final Pricing pricing;

	private final @Nullable CustomsRegime regime;

	private final @Nullable Quote quote;

	private final DeliveryAddress address;

	private final Instant placedAt;

	private final Instant expiresAt;

	private OrderStatus status;

	private @Nullable Instant paidAt;

	private @Nullable String paymentProvider;

	private @Nullable String carrier;

	private @Nullable String trackingNumber;

	private Instant updatedAt;

	private final int version;

	private final List<HistoryEntry> newHistory = new ArrayList<>();

	private final List<OrderEvent> events = new ArrayList<>();

	/**
	 * The buyer (user, organisation, and the name shown on the order) and the seller.
	 */
	public record Parties(UserId buyer, OrganisationId buyerOrganisation, String buyerName, OrganisationId seller,
			String sellerName) {

		/**
		 * A signed-in buyer's order from a seller; the buyer is shown as "name
		 * (organisation)".
		 */
		public static Parties of(CurrentUser buyer, OrganisationId seller, String sellerName) {
			return new Parties(buyer.id(), buyer.organisationId(),
					buyer.displayName() + " (" + buyer.organisationName() + ")", seller, sellerName);
		}

	}

	/** The corridor the goods travel and its hubs. */
	public record Route(CorridorId corridor, HubCode origin, HubCode destination) {

		public static Route of(Corridor corridor) {
			return new Route(corridor.id(), corridor.origin(), corridor.destination());
		}

	}

	/**
	 * What the order costs, as priced when it was placed: its lines, the charges (buyer's
	 * currency), the seller's total (seller's currency), which pricing, and the customs
	 * regime and trade quote of a landed-cost order.
	 */
	record Priced(List<OrderLine> lines, OrderCharges charges, Money sellerTotal, Pricing pricing,
			@Nullable CustomsRegime regime, @Nullable Quote quote) {
	}

	/**
	 * Where the order is in its life: status and times, how it was paid and shipped, and
	 * the version checked on every save.
	 */
	record Lifecycle(OrderStatus status, Instant placedAt, Instant expiresAt, @Nullable Instant paidAt,
			@Nullable String paymentProvider, @Nullable String carrier, @Nullable String trackingNumber,
			Instant updatedAt, int version) {
	}

	/** An order as it is (the store reads them; {@link #place} makes new ones). */
	Order(OrderId id, String number, Parties parties, Route route, Priced priced, DeliveryAddress address,
			Lifecycle lifecycle) {
		if (priced.lines().isEmpty()) {
			throw new IllegalArgumentException("An order needs at least one line");
		}
		this.id = id;
		this.number = number;
		this.buyer = parties.buyer();
		this.buyerOrganisation = parties.buyerOrganisation();
		this.buyerName = parties.buyerName();
		this.seller = parties.seller();
		this.sellerName = parties.sellerName();
		this.corridor = route.corridor();
		this.origin = route.origin();
		this.destination = route.destination();
		this.lines = List.copyOf(priced.lines());
		this.charges = priced.charges();
		this.sellerTotal = priced.sellerTotal();
		this.pricing = priced.pricing();
		this.regime = priced.regime();
		this.quote = priced.quote();
		this.address = address;
		this.placedAt = lifecycle.placedAt();
		this.expiresAt = lifecycle.expiresAt();
		this.status = lifecycle.status();
		this.paidAt = lifecycle.paidAt();
		this.paymentProvider = lifecycle.paymentProvider();
		this.carrier = lifecycle.carrier();
		this.trackingNumber = lifecycle.trackingNumber();
		this.updatedAt = lifecycle.updatedAt();
		this.version = lifecycle.version();
	}

	/**
	 * A new order in PLACED (its stock is reserved by the caller, in the same
	 * transaction).
	 */
	public static Order place(OrderId id, String number, Parties parties, Route route, PricedOrder priced,
			DeliveryAddress address, Actor actor, Instant now, Instant expiresAt) {
		Order order = new Order(id, number, parties, route,
				new Priced(priced.lines(), priced.charges(), priced.sellerTotal(), priced.pricing(),
						priced.quote() == null ? null : priced.quote().regime(), priced.quote()),
				address, new Lifecycle(OrderStatus.PLACED, now, expiresAt, null, null, null, null, now, 0));
		order.newHistory.add(new HistoryEntry(null, OrderStatus.PLACED, now, actor.id(), actor.name(), null));
		order.events.add(new OrderPlaced(id, number, parties.buyer(), parties.seller(), route.corridor(),
				priced.total(), now, expiresAt));
		return order;
	}

	// ---- transitions

	void pay(String provider, Actor actor, Instant now) {
		require(OrderStatus.PAID, "paid");
		if (!now.isBefore(expiresAt)) {
			throw new IllegalTransition("Order " + number + " is no longer reserved: its reservation expired at "
					+ expiresAt + "; it cannot be paid. Place a new order.");
		}
		paidAt = now;
		paymentProvider = provider;
		move(OrderStatus.PAID, actor, now, "Paid with " + provider);
		events.add(new OrderPaid(id, seller, total(), provider, now));
	}

	void accept(Actor actor, Instant now) {
		require(OrderStatus.ACCEPTED, "accepted");
		move(OrderStatus.ACCEPTED, actor, now, null);
		events.add(new OrderAccepted(id, seller, now));
	}

	void decline(@Nullable String reason, Actor actor, Instant now) {
		require(OrderStatus.DECLINED, "declined");
		String why = text("reason", reason, 500);
		move(OrderStatus.DECLINED, actor, now, why);
		events.add(new OrderDeclined(id, seller, why, isPaid(), now));
	}

	void ship(@Nullable String carrierName, @Nullable String tracking, Actor actor, Instant now) {
		require(OrderStatus.SHIPPED, "shipped");
		String carrierText = text("carrier", carrierName, 100);
		String trackingText = text("trackingNumber", tracking, 100);
		carrier = carrierText;
		trackingNumber = trackingText;
		move(OrderStatus.SHIPPED, actor, now, carrierText + " " + trackingText);
		events.add(new OrderShipped(id, seller, carrierText, trackingText, now));
	}

	void enterCustoms(Actor actor, Instant now) {
		require(OrderStatus.IN_CUSTOMS, "declared at customs");
		move(OrderStatus.IN_CUSTOMS, actor, now, null);
		events.add(new OrderEnteredCustoms(id, now));
	}

	void clearCustoms(Actor actor, Instant now) {
		clearCustoms(actor, now, null);
	}

	void clearCustoms(Actor actor, Instant now, @Nullable String taxBill) {
		require(OrderStatus.CLEARED, "cleared by customs");
		// The tax bill reference is kept as the reason of the CLEARED change.
		move(OrderStatus.CLEARED, actor, now, taxBill);
		events.add(new OrderCleared(id, now, charges, destination, taxBill));
	}

	/**
	 * Customs issued the electronic tax bill of the goods it released (it comes after the
	 * release, whatever the order's status by then): its number goes on the timeline; the
	 * status does not change.
	 */
	void recordTaxBill(Actor actor, Instant now, String taxBill) {
		newHistory.add(new HistoryEntry(status, status, now, actor.id(), actor.name(),
				HistoryEntry.TAX_BILL + text("taxBill", taxBill, 50)));
		updatedAt = now;
	}

	/**
	 * Customs holds the goods: the order stays IN_CUSTOMS and its timeline says why (a
	 * message key, shown in each reader's language).
	 */
	void holdInCustoms(Actor actor, Instant now, String reasonKey) {
		if (status != OrderStatus.IN_CUSTOMS) {
			throw new IllegalTransition("Order " + number + " is " + status + ": only an order in customs is held");
		}
		newHistory.add(new HistoryEntry(status, status, now, actor.id(), actor.name(), reasonKey));
		updatedAt = now;
	}

	/**
	 * Customs refused the goods: the buyer is refunded in full (the goods go back to the
	 * sender, nothing returns to stock).
	 */
	void refuseAtCustoms(Actor actor, Instant now, String reasonKey) {
		require(OrderStatus.REFUNDED, "refunded after customs refused it");
		move(OrderStatus.REFUNDED, actor, now, reasonKey);
		events.add(new OrderRefunded(id, total(), now));
	}

	void confirmDelivery(Actor actor, Instant now) {
		require(OrderStatus.DELIVERED, "confirmed as delivered");
		move(OrderStatus.DELIVERED, actor, now, null);
		events.add(new OrderDelivered(id, buyer, now));
	}

	void complete(Actor actor, Instant now, String reason) {
		require(OrderStatus.COMPLETED, "completed");
		move(OrderStatus.COMPLETED, actor, now, reason);
		events.add(new OrderCompleted(id, seller, total(), charges, carrier, destination, now));
	}

	void cancel(@Nullable String reason, Actor actor, Instant now) {
		require(OrderStatus.CANCELLED, "cancelled");
		String why = reason == null || reason.isBlank() ? "Cancelled" : text("reason", reason, 500);
		move(OrderStatus.CANCELLED, actor, now, why);
		events.add(new OrderCancelled(id, actor.id(), why, isPaid(), now));
	}

	/** Only the reservation expiry calls this, and only once the reservation is due. */
	void expire(Instant now) {
		require(OrderStatus.EXPIRED, "expired");
		if (now.isBefore(expiresAt)) {
			throw new IllegalTransition(
					"Order " + number + " is reserved until " + expiresAt + ": it cannot expire yet");
		}
		move(OrderStatus.EXPIRED, Actor.SYSTEM, now, "Not paid within the reservation time; stock released");
		events.add(new OrderExpired(id, corridor, now));
	}

	void refund(Actor actor, Instant now) {
		require(OrderStatus.REFUNDED, "refunded");
		if (!isPaid()) {
			throw new IllegalTransition("Order " + number + " was never paid: there is nothing to refund");
		}
		move(OrderStatus.REFUNDED, actor, now, null);
		events.add(new OrderRefunded(id, total(), now));
	}

	/**
	 * True when the last change moved the order out of a stock-holding state without
	 * shipping it: stock goes back.
	 */
	boolean returnsStock(OrderStatus before) {
		return before.holdsStock()
				&& (status == OrderStatus.EXPIRED || status == OrderStatus.DECLINED || status == OrderStatus.CANCELLED);
	}

	/**
	 * True when the last change ended the order without the goods being imported
	 * (cancelled, refunded, expired or declined): a cross-border retail quota it used is
	 * given back.
	 */
	boolean returnsQuota(OrderStatus before) {
		return before != status && (status == OrderStatus.CANCELLED || status == OrderStatus.REFUNDED
				|| status == OrderStatus.EXPIRED || status == OrderStatus.DECLINED);
	}

	private void require(OrderStatus target, String action) {
		if (!status.canMoveTo(target)) {
			throw new IllegalTransition(number, status, action);
		}
	}

	private void move(OrderStatus target, Actor actor, Instant now, @Nullable String reason) {
		newHistory.add(new HistoryEntry(status, target, now, actor.id(), actor.name(), reason));
		status = target;
		updatedAt = now;
	}

	private static String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		if (value.trim().length() > max) {
			throw new InvalidInput(field, field + " must be at most " + max + " characters");
		}
		return value.trim();
	}

	// ---- reading

	boolean isPaid() {
		return paidAt != null;
	}

	boolean isExpiredAt(Instant now) {
		return status == OrderStatus.PLACED && !now.isBefore(expiresAt);
	}

	public List<HistoryEntry> newHistory() {
		return List.copyOf(newHistory);
	}

	public List<OrderEvent> events() {
		return List.copyOf(events);
	}

	public OrderId id() {
		return id;
	}

	public String number() {
		return number;
	}

	public UserId buyer() {
		return buyer;
	}

	public OrganisationId buyerOrganisation() {
		return buyerOrganisation;
	}

	public String buyerName() {
		return buyerName;
	}

	public OrganisationId seller() {
		return seller;
	}

	public String sellerName() {
		return sellerName;
	}

	public CorridorId corridor() {
		return corridor;
	}

	public HubCode origin() {
		return origin;
	}

	public HubCode destination() {
		return destination;
	}

	public List<OrderLine> lines() {
		return lines;
	}

	/**
	 * What the buyer pays: the landed cost (goods only for orders priced before landed
	 * cost).
	 */
	public Money total() {
		return charges.total();
	}

	public OrderCharges charges() {
		return charges;
	}

	public Money sellerTotal() {
		return sellerTotal;
	}

	public Pricing pricing() {
		return pricing;
	}

	public @Nullable CustomsRegime regime() {
		return regime;
	}

	public @Nullable Quote quote() {
		return quote;
	}

	public DeliveryAddress address() {
		return address;
	}

	public Instant placedAt() {
		return placedAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public OrderStatus status() {
		return status;
	}

	public @Nullable Instant paidAt() {
		return paidAt;
	}

	public @Nullable String paymentProvider() {
		return paymentProvider;
	}

	public @Nullable String carrier() {
		return carrier;
	}

	public @Nullable String trackingNumber() {
		return trackingNumber;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version;
	}

}
