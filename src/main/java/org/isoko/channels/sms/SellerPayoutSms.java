package org.isoko.channels.sms;

import java.util.Locale;
import java.util.Optional;

import org.isoko.identity.PhoneDirectory;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.payments.PayoutSent;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A seller learns by SMS that a payout reached their mobile-money wallet: the amount in
 * their currency, written the way their language writes numbers, and the order it pays
 * for (a payout of the balance asked for by hand names none). Like the other
 * notifications, the listener runs after the payout's transaction committed and only
 * writes the outbox, once per payout; sellers who opted out get nothing.
 */
@Component
class SellerPayoutSms {

	static final String PURPOSE = "PAYOUT_SENT";

	private final PhoneDirectory phones;

	private final OrderShipping orders;

	private final SmsOptOuts optOuts;

	private final SmsOutbox outbox;

	private final MessageSource messages;

	SellerPayoutSms(PhoneDirectory phones, OrderShipping orders, SmsOptOuts optOuts, SmsOutbox outbox,
			MessageSource messages) {
		this.phones = phones;
		this.orders = orders;
		this.optOuts = optOuts;
		this.outbox = outbox;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(PayoutSent sent) {
		phones.contactOf(sent.seller())
			.filter(contact -> !optOuts.optedOut(contact.user().id()))
			.ifPresent(contact -> outbox.enqueue(contact.phone(),
					text(sent, SmsNotifications.smsLocale(contact.language())), PURPOSE,
					"payout-sent:" + sent.payout()));
	}

	private String text(PayoutSent sent, Locale locale) {
		String amount = SmsMoney.format(sent.amount(), locale);
		Optional<String> order = Optional.ofNullable(sent.order())
			.flatMap(orders::shippable)
			.map(ShippableOrder::number);
		return order.isPresent() ? messages.getMessage("sms.payoutSent", new Object[] { amount, order.get() }, locale)
				: messages.getMessage("sms.payoutSentBalance", new Object[] { amount }, locale);
	}

}
