package org.isoko.channels.ussd;

import java.util.List;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.ordering.SellerOrderDesk;
import org.isoko.ordering.SellerOrderDesk.WaitingOrder;
import org.isoko.shared.Conflict;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Orders to accept: the list (four a screen, 5 for more), one order (accept or decline),
 * the reason of a decline, the outcome. The same rules as the seller's order page: an
 * order accepted meanwhile on the web ends with a clear message, not a second change.
 */
@Component
@Order(1)
class OrdersFlow implements UssdFlow {

	/**
	 * The decline reasons offered, as message keys; the order's history records the text.
	 */
	static final List<String> REASONS = List.of("ussd.orders.reason.stock", "ussd.orders.reason.time",
			"ussd.orders.reason.price", "ussd.orders.reason.other");

	private final SellerOrderDesk desk;

	private final UssdTexts texts;

	OrdersFlow(SellerOrderDesk desk, UssdTexts texts) {
		this.desk = desk;
		this.texts = texts;
	}

	@Override
	public String id() {
		return "orders";
	}

	@Override
	public String labelKey() {
		return "ussd.menu.orders";
	}

	@Override
	public Step start(UssdCaller caller) {
		return list(caller, 0);
	}

	private Step list(UssdCaller caller, int page) {
		PageOf<WaitingOrder> orders = desk.waiting(caller.user(), new PageRequest(page, PagedChoices.PER_SCREEN));
		if (orders.isEmpty()) {
			return Step.end(texts.get(caller.locale(), "ussd.orders.none"));
		}
		return PagedChoices.screen(texts, caller.locale(), "ussd.orders.title", page, orders,
				order -> shortNumber(order.number()) + ' ' + UssdTexts.money(order.total()),
				order -> order.id().value());
	}

	/** ISK-261206-ABCDEF → 261206-ABCDEF: the prefix is the same on every order. */
	static String shortNumber(String number) {
		return number.startsWith("ISK-") ? number.substring(4) : number;
	}

	@Override
	public Step next(UssdCaller caller, String data, String input) {
		String[] parts = data.split(":");
		switch (parts[0]) {
			case "p": {
				PagedChoices.Answer answer = PagedChoices.answer(parts, input);
				if (answer instanceof PagedChoices.Chosen chosen) {
					return order(caller, new OrderId(chosen.id()));
				}
				return list(caller, ((PagedChoices.Show) answer).page());
			}
			case "o": {
				OrderId id = new OrderId(UUID.fromString(parts[1]));
				if (input.equals("1")) {
					return act(caller, id, null);
				}
				if (input.equals("2")) {
					StringBuilder screen = new StringBuilder(texts.get(caller.locale(), "ussd.orders.reason"));
					for (int i = 0; i < REASONS.size(); i++) {
						screen.append('\n')
							.append(i + 1)
							.append(' ')
							.append(texts.get(caller.locale(), REASONS.get(i)));
					}
					return Step.more(screen.toString(), "d:" + id.value());
				}
				return Step.end(texts.get(caller.locale(), "ussd.invalid"));
			}
			case "d": {
				int choice = UssdInputs.choice(input, REASONS.size());
				if (choice < 0) {
					return Step.end(texts.get(caller.locale(), "ussd.invalid"));
				}
				return act(caller, new OrderId(UUID.fromString(parts[1])), REASONS.get(choice));
			}
			default:
				throw new IllegalStateException("Unknown orders state " + data);
		}
	}

	private Step order(UssdCaller caller, OrderId id) {
		WaitingOrder order = desk.waiting(caller.user(), new PageRequest(0, 100))
			.items()
			.stream()
			.filter(o -> o.id().equals(id))
			.findFirst()
			.orElse(null);
		if (order == null) {
			return Step.end(texts.get(caller.locale(), "ussd.orders.gone"));
		}
		String screen = texts.get(caller.locale(), "ussd.orders.order", shortNumber(order.number()),
				UssdTexts.shortName(order.buyerName(), 24), String.valueOf(order.lines()),
				UssdTexts.money(order.total()));
		return Step.more(screen, "o:" + id.value());
	}

	/** Accepts (no reason) or declines; the order decides whether it still can. */
	private Step act(UssdCaller caller, OrderId id, @Nullable String reasonKey) {
		try {
			if (reasonKey == null) {
				desk.accept(caller.user(), id);
				return Step.end(texts.get(caller.locale(), "ussd.orders.accepted"));
			}
			// The history is read by the buyer and operators: the reason in English, as
			// the
			// web's decline form records what the seller typed.
			desk.decline(caller.user(), id, texts.get(java.util.Locale.ENGLISH, reasonKey));
			return Step.end(texts.get(caller.locale(), "ussd.orders.declined"));
		}
		catch (Conflict ex) {
			return Step.end(texts.get(caller.locale(), "ussd.orders.conflict"));
		}
		catch (NotFound ex) {
			return Step.end(texts.get(caller.locale(), "ussd.orders.gone"));
		}
	}

}
