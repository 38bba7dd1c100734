package org.isoko.ordering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.OrganisationSummary;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.Network;
import org.isoko.ordering.CartStore.CartLine;
import org.isoko.ordering.placement.LineRules;
import org.isoko.ordering.placement.LineRules.CheckedLine;
import org.isoko.ordering.placement.OrderPricing;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.shared.Conflict;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.trade.CrossBorderQuota;
import org.isoko.trade.QuotaCheck;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's cart: lines of lots (on a corridor) from several sellers. Lines are checked
 * when added or changed; the cart view prices each seller's lines exactly as checkout
 * will (same {@link OrderPricing}: the landed-cost quote, and China's cross-border retail
 * limits), and flags lines that stopped being orderable since (paused, sold out, fewer
 * units left).
 */
@Service
public class Carts {

	private final CartStore store;

	private final LineRules rules;

	private final OrderPricing pricing;

	private final GoodsOnlyPricing goodsOnly;

	private final CrossBorderQuota quota;

	private final Network network;

	private final OrganisationDirectory organisations;

	private final Catalog catalog;

	private final Clock clock;

	Carts(CartStore store, LineRules rules, OrderPricing pricing, GoodsOnlyPricing goodsOnly, CrossBorderQuota quota,
			Network network, OrganisationDirectory organisations, Catalog catalog, Clock clock) {
		this.goodsOnly = goodsOnly;
		this.quota = quota;
		this.catalog = catalog;
		this.store = store;
		this.rules = rules;
		this.pricing = pricing;
		this.network = network;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Adds units of a lot on a corridor; a lot already in the cart on that corridor gets
	 * the units added.
	 */
	@Transactional
	public void add(CurrentUser buyer, LotId lot, CorridorId corridor, int quantity) {
		requireBuyer(buyer);
		var existing = store.line(buyer.id(), lot, corridor);
		int total = existing.map(l -> l.quantity()).orElse(0) + quantity;
		if (quantity < 1) {
			throw new InvalidInput("quantity", "quantity must be a whole number of at least 1, got " + quantity);
		}
		rules.check(buyer, lot, corridor, total, "");
		if (existing.isPresent()) {
			store.setQuantity(buyer.id(), existing.get().id(), total, clock.instant());
		}
		else {
			if (store.count(buyer.id()) >= CartStore.MAX_LINES) {
				throw new Conflict(
						"A cart holds at most " + CartStore.MAX_LINES + " lines; check out or remove some first");
			}
			store.insert(buyer.id(), lot, corridor, total, clock.instant());
		}
	}

	@Transactional
	public void change(CurrentUser buyer, UUID line, int quantity) {
		requireBuyer(buyer);
		CartLine current = store.line(buyer.id(), line).orElseThrow(() -> NotFound.of("Cart line", line));
		rules.check(buyer, current.lot(), current.corridor(), quantity, "");
		store.setQuantity(buyer.id(), line, quantity, clock.instant());
	}

	@Transactional
	public void remove(CurrentUser buyer, UUID line) {
		requireBuyer(buyer);
		store.remove(buyer.id(), line);
	}

	/**
	 * One line as shown: {@code problem} is set when the line cannot be ordered as it
	 * stands.
	 */
	record ViewLine(UUID id, LotId lot, String reference, String productName, String unitOfSale, CorridorId corridor,
			String route, int quantity, int minOrderQuantity, int available, @Nullable Money unitPriceSeller,
			@Nullable OrderLine priced, @Nullable String problem) {
	}

	/**
	 * The lines of one seller on one corridor: one order at checkout, priced as checkout
	 * will price it.
	 *
	 * @param key names the group in forms (the buyer's regime choice per order)
	 * @param regimes the customs regimes the corridor allows, for the buyer to choose
	 * from
	 * @param regime the regime the quote is computed under (as requested: chosen, or the
	 * buyer's default)
	 * @param quote the landed-cost quote; null when none can be made, and then
	 * {@code quoteProblem} says why and the figures are the goods only
	 * @param quota China's cross-border retail limits applied to this order (null when
	 * they do not apply)
	 * @param subtotal what the order costs: the quote's total (the goods only without a
	 * quote)
	 */
	record SellerGroup(String key, OrganisationId seller, String sellerName, CorridorId corridor, String route,
			List<ViewLine> lines, List<CustomsRegime> regimes, @Nullable CustomsRegime regime, @Nullable Quote quote,
			@Nullable String quoteProblem, @Nullable QuotaCheck quota, Money subtotal) {
		List<UUID> orderableLineIds() {
			return lines.stream().filter(l -> l.problem() == null).map(ViewLine::id).toList();
		}

		public boolean quotaRefuses() {
			return quota != null && !quota.allowed();
		}

		/**
		 * Which cross-border retail outcome this is, for the page's message
		 * ({@code ordering.quota.<code>}).
		 */
		public String quotaCode() {
			if (quota instanceof QuotaCheck.Allowed) {
				return ((QuotaCheck.Allowed) quota).singleItemTaxedInFull() ? "SINGLE_ITEM" : "ALLOWED";
			}
			if (quota instanceof QuotaCheck.OverOrderLimit) {
				return "OVER_ORDER_LIMIT";
			}
			if (quota instanceof QuotaCheck.OverAnnualLimit) {
				return "OVER_ANNUAL_LIMIT";
			}
			return "NONE";
		}

		/**
		 * The amounts the message names: order value, then the remaining quota or the
		 * limit broken (and the remainder).
		 */
		public List<String> quotaArgs() {
			if (quota instanceof QuotaCheck.Allowed) {
				QuotaCheck.Allowed allowed = (QuotaCheck.Allowed) quota;
				return List.of(CrossBorderLimitExceeded.rmb(allowed.orderValue()),
						CrossBorderLimitExceeded.rmb(allowed.remainingAfter()));
			}
			if (quota instanceof QuotaCheck.OverOrderLimit) {
				QuotaCheck.OverOrderLimit over = (QuotaCheck.OverOrderLimit) quota;
				return List.of(CrossBorderLimitExceeded.rmb(over.orderValue()),
						CrossBorderLimitExceeded.rmb(over.perOrderLimit()));
			}
			if (quota instanceof QuotaCheck.OverAnnualLimit) {
				QuotaCheck.OverAnnualLimit over = (QuotaCheck.OverAnnualLimit) quota;
				return List.of(CrossBorderLimitExceeded.rmb(over.orderValue()),
						CrossBorderLimitExceeded.rmb(over.annualLimit()),
						CrossBorderLimitExceeded.rmb(over.remaining()));
			}
			return List.of();
		}
	}

	/**
	 * {@code unavailable}: lines that cannot be ordered as they stand (each with its
	 * problem); checkout leaves them in the cart. {@code crossBorderRemaining}: what the
	 * buyer may still buy this year under China's cross-border retail import (shown when
	 * an order of the cart is quoted under it).
	 */
	public record CartView(CurrencyCode currency, List<SellerGroup> groups, List<ViewLine> unavailable, Money total,
			int lineCount, @Nullable Money crossBorderRemaining) {
		public boolean isEmpty() {
			return lineCount == 0;
		}

		/** Whether an order of this cart goes under {@code regime}. */
		public boolean goesUnder(CustomsRegime regime) {
			return groups.stream().anyMatch(group -> group.regime() == regime);
		}

		public @Nullable String crossBorderRemainingText() {
			return crossBorderRemaining == null ? null : CrossBorderLimitExceeded.rmb(crossBorderRemaining);
		}

		/**
		 * True when every order of the cart has a landed-cost quote (else the total holds
		 * goods-only figures).
		 */
		public boolean fullyQuoted() {
			return groups.stream().allMatch(g -> g.quote() != null);
		}
	}

	static String groupKey(OrganisationId seller, CorridorId corridor) {
		return seller + "_" + corridor;
	}

	public CartView view(CurrentUser buyer, Locale language) {
		return view(buyer, language, Map.of());
	}

	/**
	 * @param regimes the buyer's choice of customs regime per group key (groups not named
	 * get the default)
	 * <p>
	 * Not one transaction on purpose: a group that cannot be quoted makes the trade
	 * module's (transactional) quote fail, which would mark a surrounding transaction
	 * rollback-only although the cart shows the failure and carries on. Each read runs on
	 * its own; the cart is a view, checkout re-checks everything.
	 */
	public CartView view(CurrentUser buyer, Locale language, Map<String, CustomsRegime> regimes) {
		CurrencyCode currency = network.requireCountry(buyer.country()).currency();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		Map<String, List<ViewLine>> byGroup = new LinkedHashMap<>();
		Map<String, List<OrderPricing.Line>> toPrice = new LinkedHashMap<>();
		Map<String, LotDetails> firstLot = new LinkedHashMap<>();
		Map<String, Corridor> corridors = new LinkedHashMap<>();
		List<ViewLine> broken = new ArrayList<>();
		List<CartLine> lines = store.lines(buyer.id());
		for (CartLine line : lines) {
			CheckedLine checked;
			String problem = null;
			try {
				checked = rules.check(buyer, line.lot(), line.corridor(), line.quantity(), "");
			}
			catch (RuntimeException e) {
				if (!(e instanceof IllegalArgumentException || e instanceof Conflict)) {
					throw e;
				}
				checked = null;
				problem = e.getMessage();
			}
			if (checked == null) {
				broken.add(brokenLine(line, language, problem));
				continue;
			}
			String key = groupKey(checked.lot().seller(), checked.corridor().id());
			firstLot.putIfAbsent(key, checked.lot());
			corridors.putIfAbsent(key, checked.corridor());
			toPrice.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new OrderPricing.Line(checked.lot(), checked.quantity()));
			byGroup.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new ViewLine(line.id(), line.lot(), checked.lot().reference(), checked.lot().text(language).name(),
						checked.lot().unitOfSale(language).text(), line.corridor(), LineRules.route(checked.corridor()),
						line.quantity(), checked.lot().minOrderQuantity(), checked.lot().available(),
						checked.lot().unitPrice(), null, null));
		}
		List<SellerGroup> groups = new ArrayList<>();
		Money total = Money.zero(currency);
		boolean crossBorder = false;
		for (Map.Entry<String, List<ViewLine>> entry : byGroup.entrySet()) {
			String key = entry.getKey();
			LotDetails lot = firstLot.get(key);
			Corridor corridor = corridors.get(key);
			OrderPricing.Request request = new OrderPricing.Request(buyer, corridor, regimes.get(key), toPrice.get(key),
					currency, language, today);
			PricedOrder priced;
			String quoteProblem = null;
			try {
				priced = pricing.price(request);
			}
			catch (IllegalArgumentException e) {
				// No quote (no freight rate in force, an HS code without a tariff line, a
				// regime the corridor does not allow):
				// the cart still shows the goods, and why the landed cost is missing.
				// Checkout refuses such an order.
				priced = goodsOnly.price(request);
				quoteProblem = e.getMessage();
			}
			Quote quote = priced.quote();
			QuotaCheck check = quote == null ? null : quota.check(buyer.id(), quote);
			if (check instanceof QuotaCheck.NotApplicable) {
				check = null;
			}
			crossBorder |= quote != null && quote.crossBorderRetail() != null;
			List<ViewLine> pricedLines = new ArrayList<>();
			for (int i = 0; i < entry.getValue().size(); i++) {
				ViewLine v = entry.getValue().get(i);
				pricedLines.add(new ViewLine(v.id(), v.lot(), v.reference(), v.productName(), v.unitOfSale(),
						v.corridor(), v.route(), v.quantity(), v.minOrderQuantity(), v.available(), v.unitPriceSeller(),
						priced.lines().get(i), null));
			}
			groups.add(new SellerGroup(key, lot.seller(), sellerName(lot.seller()), corridor.id(),
					LineRules.route(corridor), pricedLines, corridor.regimes().stream().sorted().toList(),
					quote == null ? regimes.get(key) : quote.requestedRegime(), quote, quoteProblem, check,
					priced.total()));
			total = total.plus(priced.total());
		}
		return new CartView(currency, groups, broken, total, lines.size(),
				crossBorder ? quota.remaining(buyer.id()) : null);
	}

	private ViewLine brokenLine(CartLine line, Locale language, @Nullable String problem) {
		var lot = catalog.lot(line.lot());
		String route = network.corridor(line.corridor()).map(LineRules::route).orElse("");
		return new ViewLine(line.id(), line.lot(), lot.map(LotDetails::reference).orElse(line.lot().toString()),
				lot.map(l -> l.text(language).name()).orElse("—"),
				lot.map(l -> l.unitOfSale(language).text()).orElse(""), line.corridor(), route, line.quantity(),
				lot.map(LotDetails::minOrderQuantity).orElse(1), lot.map(LotDetails::available).orElse(0),
				lot.map(LotDetails::unitPrice).orElse(null), null, problem);
	}

	String sellerName(OrganisationId seller) {
		return organisations.find(seller).map(OrganisationSummary::name).orElse(seller.toString());
	}

	private static void requireBuyer(CurrentUser user) {
		if (!user.has(Role.BUYER)) {
			throw new AccessDeniedException("Only buyers have a cart");
		}
	}

}
