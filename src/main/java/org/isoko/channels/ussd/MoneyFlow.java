package org.isoko.channels.ussd;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.isoko.payments.PayoutView;
import org.isoko.payments.SellerAccount;
import org.isoko.payments.SellerAccount.Balance;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Balance and payouts: one END screen with the money available per currency (at most two)
 * and the last two payouts. The full list stays on the web page.
 */
@Component
@Order(3)
class MoneyFlow implements UssdFlow {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

	private final SellerAccount account;

	private final UssdTexts texts;

	MoneyFlow(SellerAccount account, UssdTexts texts) {
		this.account = account;
		this.texts = texts;
	}

	@Override
	public String id() {
		return "money";
	}

	@Override
	public String labelKey() {
		return "ussd.menu.money";
	}

	@Override
	public Step start(UssdCaller caller) {
		List<Balance> balances = account.balances(caller.user().organisationId());
		StringBuilder screen = new StringBuilder();
		if (balances.isEmpty()) {
			screen.append(texts.get(caller.locale(), "ussd.money.nothing"));
		}
		balances.stream().limit(2).forEach(b -> {
			if (!screen.isEmpty()) {
				screen.append('\n');
			}
			screen.append(texts.get(caller.locale(), "ussd.money.balance", UssdTexts.money(b.available()),
					UssdTexts.money(b.inTransit())));
		});
		// The seller's own hub's zone would be better; Kigali is where USSD sellers are.
		ZoneId zone = ZoneId.of("Africa/Kigali");
		for (PayoutView payout : account.payouts(caller.user().organisationId(), new PageRequest(0, 2)).items()) {
			screen.append('\n')
				.append(texts.get(caller.locale(), "ussd.money.payout", UssdTexts.money(payout.amount()),
						DAY.format(payout.createdAt().atZone(zone)),
						texts.get(caller.locale(), "ussd.payout." + payout.status().name())));
		}
		return Step.end(screen.toString());
	}

	@Override
	public Step next(UssdCaller caller, String data, String input) {
		throw new IllegalStateException("The balance is a single screen");
	}

}
