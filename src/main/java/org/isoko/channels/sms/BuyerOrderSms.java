package org.isoko.channels.sms;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.isoko.identity.PhoneDirectory;
import org.isoko.identity.PhoneDirectory.PhoneUser;
import org.isoko.logistics.ParcelArrived;
import org.isoko.network.BlocCode;
import org.isoko.network.Network;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderShipped;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.shared.Msisdn;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A buyer in Africa learns by SMS that their order is on its way, with the carrier and
 * the tracking number, and that its parcel arrived at the destination hub, at the phone
 * they gave for the delivery. "In Africa": the delivery country belongs to the African
 * Continental Free Trade Area in the network's data; buyers in China are not sent SMS.
 * Like the seller's notification, the listener runs after the order's transaction
 * committed and only writes the outbox, once per order; buyers who opted out get nothing.
 */
@Component
class BuyerOrderSms {

	static final BlocCode AFRICA = BlocCode.of("AFCFTA");

	static final String SHIPPED = "ORDER_SHIPPED";

	static final String ARRIVED = "ORDER_ARRIVED";

	private final OrderShipping orders;

	private final Network network;

	private final PhoneDirectory phones;

	private final SmsOptOuts optOuts;

	private final SmsOutbox outbox;

	private final MessageSource messages;

	BuyerOrderSms(OrderShipping orders, Network network, PhoneDirectory phones, SmsOptOuts optOuts, SmsOutbox outbox,
			MessageSource messages) {
		this.orders = orders;
		this.network = network;
		this.phones = phones;
		this.optOuts = optOuts;
		this.outbox = outbox;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(OrderShipped shipped) {
		notifyBuyer(shipped.order(), SHIPPED, "sms.orderShipped",
				order -> new Object[] { order.number(), shipped.carrier(), shipped.trackingNumber() });
	}

	/** The parcel reached the destination hub (an order has one parcel). */
	@ApplicationModuleListener
	void on(ParcelArrived arrived) {
		notifyBuyer(arrived.order(), ARRIVED, "sms.orderArrived",
				order -> new Object[] { order.number(),
						network.hub(arrived.destination()).map(hub -> hub.city()).orElse(arrived.destination().value()),
						arrived.waybill().value() });
	}

	private void notifyBuyer(OrderId id, String purpose, String template,
			Function<ShippableOrder, Object[]> arguments) {
		orders.shippable(id)
			.filter(this::deliveredInAfrica)
			.ifPresent(order -> buyer(order).filter(buyer -> !optOuts.optedOut(buyer.user().id()))
				.ifPresent(buyer -> outbox.enqueue(buyer.phone(),
						messages.getMessage(template, arguments.apply(order),
								SmsNotifications.smsLocale(buyer.language())),
						purpose, purpose.toLowerCase(Locale.ROOT).replace('_', '-') + ":" + id.value())));
	}

	private boolean deliveredInAfrica(ShippableOrder order) {
		return network.country(order.consignee().country())
			.map(country -> country.blocs().contains(AFRICA))
			.orElse(false);
	}

	/**
	 * The buyer at the delivery phone; none when the phone is not a number an SMS can
	 * reach (the listener must not fail: its event would be retried for nothing).
	 */
	private Optional<PhoneUser> buyer(ShippableOrder order) {
		String phone = order.consignee().phone();
		try {
			return phone == null || phone.isBlank() ? Optional.empty() : phones.userAt(order.buyer(), Msisdn.of(phone));
		}
		catch (IllegalArgumentException notAMobileNumber) {
			return Optional.empty();
		}
	}

}
