package org.isoko.channels.sms;

import java.util.Locale;

import org.isoko.identity.PhoneDirectory;
import org.isoko.ordering.OrderPaid;
import org.isoko.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * SMS to people who may not look at the web: a seller learns that a paid order waits for
 * them. The listener runs after the order's transaction committed, in its own, and only
 * writes the outbox (the sender sends); an event delivered again finds its message
 * already there and adds none. Users who opted out get nothing.
 */
@Component
class SmsNotifications {

	private final PhoneDirectory phones;

	private final SmsOutbox outbox;

	private final SmsOptOuts optOuts;

	private final MessageSource messages;

	SmsNotifications(PhoneDirectory phones, SmsOutbox outbox, SmsOptOuts optOuts, MessageSource messages) {
		this.phones = phones;
		this.outbox = outbox;
		this.optOuts = optOuts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		phones.contactOf(paid.seller())
			.filter(contact -> !optOuts.optedOut(contact.user().id()))
			.ifPresent(
					contact -> outbox.enqueue(contact.phone(),
							messages.getMessage("sms.orderWaiting", new Object[] { money(paid.total()) },
									smsLocale(contact.language())),
							"ORDER_WAITING", "order-paid:" + paid.order().value()));
	}

	private static String money(Money money) {
		return money.amount() + " " + money.currency().value();
	}

	/** SMS templates exist in rw, en, fr and zh; other languages read English. */
	static Locale smsLocale(String language) {
		return switch (language) {
			case "rw", "fr", "zh" -> Locale.forLanguageTag(language);
			default -> Locale.ENGLISH;
		};
	}

}
