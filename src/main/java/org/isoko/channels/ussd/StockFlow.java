package org.isoko.channels.ussd;

import java.math.BigDecimal;
import java.util.UUID;

import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.SellerLots;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Stock of my lots: the list (four a screen), one lot (restock or change the price), the
 * number or price, the outcome. The catalog's rules apply (a verified seller, a price
 * above zero, at most so many units).
 */
@Component
@Order(2)
class StockFlow implements UssdFlow {

	private final SellerLots lots;

	private final UssdTexts texts;

	StockFlow(SellerLots lots, UssdTexts texts) {
		this.lots = lots;
		this.texts = texts;
	}

	@Override
	public String id() {
		return "stock";
	}

	@Override
	public String labelKey() {
		return "ussd.menu.stock";
	}

	@Override
	public Step start(UssdCaller caller) {
		return list(caller, 0);
	}

	private Step list(UssdCaller caller, int page) {
		PageOf<LotDetails> found = lots.lots(caller.user(), new PageRequest(page, PagedChoices.PER_SCREEN));
		if (found.isEmpty()) {
			return Step.end(texts.get(caller.locale(), "ussd.stock.none"));
		}
		return PagedChoices.screen(texts, caller.locale(), "ussd.stock.title", page, found,
				lot -> UssdTexts.shortName(lot.reference(), 16) + ": " + lot.available(), lot -> lot.id().value());
	}

	@Override
	public Step next(UssdCaller caller, String data, String input) {
		String[] parts = data.split(":");
		try {
			switch (parts[0]) {
				case "p": {
					PagedChoices.Answer answer = PagedChoices.answer(parts, input);
					if (!(answer instanceof PagedChoices.Chosen chosen)) {
						return list(caller, ((PagedChoices.Show) answer).page());
					}
					LotDetails lot = lots.lot(caller.user(), new LotId(chosen.id()));
					return Step.more(texts.get(caller.locale(), "ussd.stock.lot",
							UssdTexts.shortName(lot.reference(), 24), String.valueOf(lot.available()),
							String.valueOf(lot.quantityTotal()), UssdTexts.money(lot.unitPrice())),
							"l:" + lot.id().value());
				}
				case "l": {
					LotId lot = lotId(parts[1]);
					if (input.equals("1")) {
						return Step.more(texts.get(caller.locale(), "ussd.stock.howMany"), "r:" + lot.value());
					}
					if (input.equals("2")) {
						String currency = lots.lot(caller.user(), lot).unitPrice().currency().value();
						return Step.more(texts.get(caller.locale(), "ussd.stock.newPrice", currency),
								"c:" + lot.value());
					}
					return Step.end(texts.get(caller.locale(), "ussd.invalid"));
				}
				case "r": {
					Integer quantity = UssdInputs.whole(input);
					if (quantity == null || quantity < 1) {
						return Step.end(texts.get(caller.locale(), "ussd.stock.badNumber"));
					}
					LotId lot = lotId(parts[1]);
					lots.restock(caller.user(), lot, quantity);
					return Step.end(texts.get(caller.locale(), "ussd.stock.restocked", String.valueOf(quantity),
							String.valueOf(lots.lot(caller.user(), lot).available())));
				}
				case "c": {
					BigDecimal amount = UssdInputs.amount(input);
					LotId lot = lotId(parts[1]);
					if (amount == null) {
						return Step.end(texts.get(caller.locale(), "ussd.stock.badPrice"));
					}
					Money old = lots.lot(caller.user(), lot).unitPrice();
					if (amount.scale() > old.currency().minorUnitDigits()) {
						return Step.end(texts.get(caller.locale(), "ussd.stock.badPrice"));
					}
					Money price = Money.of(amount, old.currency());
					lots.changePrice(caller.user(), lot, price);
					return Step.end(texts.get(caller.locale(), "ussd.stock.repriced", UssdTexts.money(price)));
				}
				default:
					throw new IllegalStateException("Unknown stock state " + data);
			}
		}
		catch (InvalidInput ex) {
			return Step.end(texts.get(caller.locale(), "ussd.stock.refused"));
		}
		catch (NotFound | AccessDeniedException ex) {
			return Step.end(texts.get(caller.locale(), "ussd.stock.gone"));
		}
	}

	private static LotId lotId(String value) {
		return new LotId(UUID.fromString(value));
	}

}
