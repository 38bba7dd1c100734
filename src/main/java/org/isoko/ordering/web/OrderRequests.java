package org.isoko.ordering.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.OrderPlacement;
import org.isoko.ordering.OrderStatus;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.PaymentStep;
import org.isoko.ordering.PlaceOrder;
import org.isoko.ordering.placement.LineRules;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Request bodies of the ordering API, and their translation into checked commands (every
 * problem names its field).
 */
public final class OrderRequests {

	private OrderRequests() {
	}

	/**
	 * @param regime optional: the customs regime to import under, one the corridor allows
	 * (default: the buyer's usual one)
	 * @param orderer the orderer's identity, required under China's cross-border retail
	 * regime: a saved one's id, or name and idNumber
	 */
	record PlaceOrderRequest(@Nullable CorridorId corridorId, @Nullable List<LineRequest> lines,
			@Nullable AddressRequest deliveryAddress, @Nullable CustomsRegime regime,
			@Nullable OrdererRequest orderer) {

		PlaceOrder toCommand(CurrentUser buyer) {
			if (lines == null || lines.isEmpty()) {
				throw new InvalidInput("lines", "lines is required: at least one {lotId, corridorId, quantity}");
			}
			if (lines.size() > OrderPlacement.MAX_LINES) {
				throw new InvalidInput("lines", "an order holds at most " + OrderPlacement.MAX_LINES + " lines");
			}
			List<PlaceOrder.Line> parsed = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				LineRequest line = lines.get(i);
				String field = "lines[" + i + "]";
				if (line == null) {
					throw new InvalidInput(field, field + " is required");
				}
				parsed.add(line.toLine(field));
			}
			if (deliveryAddress == null) {
				throw new InvalidInput("deliveryAddress",
						"deliveryAddress is required: name, phone, line, city, region, postcode (optional)");
			}
			return new PlaceOrder(corridorId, parsed, deliveryAddress.toAddress(buyer), regime,
					orderer == null ? null : new Orderer(orderer.savedId(), orderer.name(), orderer.idNumber()));
		}
	}

	/**
	 * The orderer's identity: {@code savedId} of a saved one, or a name and ID number.
	 */
	record OrdererRequest(@Nullable UUID savedId, @Nullable String name, @Nullable String idNumber) {

		@Override
		public String toString() {
			return "OrdererRequest[personal data]";
		}
	}

	record LineRequest(@Nullable LotId lotId, @Nullable CorridorId corridorId, @Nullable BigDecimal quantity) {

		PlaceOrder.Line toLine(String field) {
			if (lotId == null) {
				throw new InvalidInput(field + ".lotId", field + ".lotId is required");
			}
			if (corridorId == null) {
				throw new InvalidInput(field + ".corridorId", field + ".corridorId is required");
			}
			if (quantity == null) {
				throw new InvalidInput(field + ".quantity", field + ".quantity is required");
			}
			return new PlaceOrder.Line(lotId, corridorId,
					LineRules.quantity(field + ".quantity", quantity.toPlainString()));
		}
	}

	@NamedInterface("api")
	public record AddressRequest(@Nullable String name, @Nullable String phone, @Nullable String line,
			@Nullable String city, @Nullable String region, @Nullable String postcode, @Nullable String country) {

		public DeliveryAddress toAddress(CurrentUser buyer) {
			CountryCode countryCode = buyer.country();
			if (country != null && !country.isBlank()) {
				try {
					countryCode = CountryCode.of(country);
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInput("deliveryAddress.country", e.getMessage());
				}
			}
			return DeliveryAddress.of(name, phone, line, city, region, postcode, countryCode, "deliveryAddress.");
		}
	}

	record DeclineRequest(@Nullable String reason) {
	}

	record CancelRequest(@Nullable String reason) {
	}

	record ShipmentRequest(@Nullable String carrier, @Nullable String trackingNumber) {
	}

	/**
	 * A payer's mobile-money number as typed (blank: none given); a malformed one is
	 * refused on the field "phone".
	 */
	static @Nullable Msisdn payerPhone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		try {
			return Msisdn.of(phone);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("phone", e.getMessage());
		}
	}

	/**
	 * @param phone the payer's mobile-money number (MOMO); defaults to the delivery
	 * address's
	 * @param amount optional: what the client believes it pays (refused when it is not
	 * the order's total)
	 * @param currency optional, with {@code amount}: refused when it is not the order's
	 * currency
	 */
	record PaymentRequest(@Nullable String provider, @Nullable String phone, @Nullable BigDecimal amount,
			@Nullable String currency) {

		/**
		 * Refuses an amount or currency that is not what the order costs: the buyer would
		 * pay something they did not expect.
		 */
		void requireMatches(Money total) {
			if (currency != null && !currency.trim().equalsIgnoreCase(total.currency().value())) {
				throw new InvalidInput("currency",
						"Order is payable in " + total.currency().value() + ", not " + currency);
			}
			if (amount != null && amount.compareTo(total.toDecimal()) != 0) {
				throw new InvalidInput("amount", "Order total is " + total + ", not " + amount.toPlainString());
			}
		}
	}

	/**
	 * @param message what the buyer must do next, in words
	 */
	record PaymentResponse(OrderId order, OrderStatus status, PaymentJson payment, String message) {

		static PaymentResponse of(OrderManagement.PaymentOutcome outcome) {
			PaymentStep.Attempt attempt = outcome.attempt();
			return new PaymentResponse(outcome.order().id(), outcome.order().status(), PaymentJson.of(attempt),
					message(attempt));
		}

		private static String message(PaymentStep.Attempt attempt) {
			if (attempt.settled() || attempt.status() == PaymentStep.AttemptStatus.SUCCESSFUL) {
				return "Paid.";
			}
			if (attempt.isFailed()) {
				return "The payment failed" + (attempt.reason() == null ? "" : " (" + attempt.reason() + ")")
						+ "; you can pay again.";
			}
			return switch (attempt.next().kind()) {
				case APPROVE_ON_PHONE ->
					"Approve the payment prompt on your phone; the order becomes PAID when the provider confirms it.";
				case REDIRECT ->
					"Open redirectUrl (or scan qrPayload) to pay in your wallet; the order becomes PAID when the provider confirms it.";
				case WAIT, NONE ->
					"The payment is being sent to the provider; the order becomes PAID when the provider confirms it.";
			};
		}
	}

	/** A payment of an order: status, and what to do next. */
	record PaymentJson(UUID id, String provider, Money amount, PaymentStep.AttemptStatus status,
			@Nullable String reason, PaymentStep.NextAction.Kind nextAction, @Nullable String redirectUrl,
			@Nullable String qrPayload, Instant createdAt) {

		static PaymentJson of(PaymentStep.Attempt attempt) {
			return new PaymentJson(attempt.id(), attempt.provider(), attempt.amount(), attempt.status(),
					attempt.reason(), attempt.next().kind(), attempt.next().redirectUrl(), attempt.next().qrPayload(),
					attempt.createdAt());
		}
	}

	record CartLineRequest(@Nullable LotId lotId, @Nullable CorridorId corridorId, @Nullable BigDecimal quantity) {
	}

	record QuantityRequest(@Nullable BigDecimal quantity) {
	}

}
