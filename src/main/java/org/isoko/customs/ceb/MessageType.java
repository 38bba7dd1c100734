package org.isoko.customs.ceb;

import org.jspecify.annotations.Nullable;

/**
 * The CEB messages of cross-border retail import: the element names of each message's
 * body, its head and (for messages with lines) its list.
 */
public enum MessageType {

	/** The platform's order. */
	CEB311("Order", "OrderHead", "OrderList"),
	/** The payment company's payment. */
	CEB411("Payment", "PaymentHead", null),
	/** The carrier's waybill. */
	CEB511("Logistics", "LogisticsHead", null),
	/** The inventory list, the declaration proper. */
	CEB621("Inventory", "InventoryHead", "InventoryList"),
	/** Receipt of an order. */
	CEB312("OrderReturn", null, null),
	/** Receipt of a payment. */
	CEB412("PaymentReturn", null, null),
	/** Receipt of a waybill. */
	CEB512("LogisticsReturn", null, null),
	/** Receipt of an inventory list: entered, held, released... */
	CEB622("InventoryReturn", null, null),
	/** A message that could not be read or verified. */
	CEB900("MessageReturn", null, null),
	/**
	 * The electronic tax bill (电子税单) customs issues for a released inventory list:
	 * {@code Tax}, its {@code TaxHeadRd} and {@code TaxListRd} lines. Sent by customs,
	 * like a receipt, but with a head and lines.
	 */
	CEB816("Tax", "TaxHeadRd", "TaxListRd");

	private final String body;

	private final @Nullable String head;

	private final @Nullable String list;

	MessageType(String body, @Nullable String head, @Nullable String list) {
		this.body = body;
		this.head = head;
		this.list = list;
	}

	/** The element under the message root that holds the fields. */
	public String body() {
		return body;
	}

	/** The element holding the head fields; null for receipts, whose body is flat. */
	public @Nullable String head() {
		return head;
	}

	/** The repeated element of the lines; null for messages without lines. */
	public @Nullable String list() {
		return list;
	}

	public String rootElement() {
		return name() + "Message";
	}

	public boolean isReceipt() {
		return head == null;
	}

	/**
	 * Sent by customs (receipts and the tax bill), not declared by Isoko: no
	 * {@code BaseTransfer}.
	 */
	public boolean sentByCustoms() {
		return isReceipt() || this == CEB816;
	}

}
