package org.isoko.customs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.isoko.customs.ceb.Ceb;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.InventoryMessage;
import org.isoko.customs.ceb.OrderMessage;
import org.isoko.customs.ceb.PaymentMessage;
import org.isoko.customs.ceb.ResidentId;
import org.isoko.customs.ceb.WaybillMessage;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.ParcelId;
import org.isoko.logistics.Parcels;
import org.isoko.network.CustomsRegime;
import org.isoko.network.Network;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderClearance;
import org.isoko.ordering.OrderLine;
import org.isoko.ordering.PaymentHistory;
import org.isoko.ordering.PaymentStep;
import org.isoko.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares a parcel of a cross-border e-commerce retail order that arrived at a hub in
 * China: builds its four CEB documents, puts them in the outbox unsigned (sent after this
 * transaction commits, in a message the outbox signs: see {@link CustomsOutbox}), records
 * the declaration and hands the parcel to customs (the parcel's HANDED_TO_CUSTOMS, the
 * order's IN_CUSTOMS), all in one transaction. A parcel is declared once: a second
 * arrival or a redelivered event finds its declaration.
 */
@Service
public class Declarations {

	private static final Logger LOG = LoggerFactory.getLogger(Declarations.class);

	static final CountryCode CHINA = CountryCode.of("CN");

	static final String AUTHORITY = "China Customs (9610)";

	/** Every line is declared in pieces (customs unit code 011). */
	static final String UNIT_PIECE = "011";

	private final DeclarationStore store;

	private final Parcels parcels;

	private final OrderClearance orders;

	private final PaymentHistory payments;

	private final Network network;

	private final CustomsSettings settings;

	private final Clock clock;

	private final BuyerIdentities identities;

	Declarations(DeclarationStore store, Parcels parcels, OrderClearance orders, PaymentHistory payments,
			Network network, CustomsSettings settings, Clock clock, BuyerIdentities identities) {
		this.identities = identities;
		this.store = store;
		this.parcels = parcels;
		this.orders = orders;
		this.payments = payments;
		this.network = network;
		this.settings = settings;
		this.clock = clock;
	}

	/** The declaration of a parcel, made now if it is due one; empty when it is not. */
	@Transactional
	public Optional<Declaration> declare(ParcelId parcelId) {
		Optional<Declaration> existing = store.ofParcel(parcelId);
		if (existing.isPresent() || !settings.china().declare()) {
			return existing;
		}
		Parcel parcel = parcels.parcel(parcelId).orElse(null);
		if (parcel == null || parcel.status() != Milestone.ARRIVED_AT_DESTINATION) {
			// Only a parcel still waiting at the hub is handed to customs: one that went
			// on
			// (out for delivery, or handed over by hand before this module) is left
			// alone.
			return Optional.empty();
		}
		CountryCode country = network.hub(parcel.destination()).map(h -> h.country()).orElse(null);
		if (!CHINA.equals(country)) {
			return Optional.empty();
		}
		Order order = orders.declarable(parcel.order()).orElse(null);
		if (order == null || order.regime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
			return Optional.empty();
		}
		if (!"CNY".equals(order.total().currency().value())) {
			LOG.warn("Order {} is priced in {}, not CNY: not declared under 9610", order.number(),
					order.total().currency());
			return Optional.empty();
		}
		Instant now = clock.instant();
		DeclarationStore.BuyerIdentity buyer = identityOf(order, now);
		Messages messages = messages(parcel, order, buyer, now);
		Declaration declaration = new Declaration(UUID.randomUUID(), parcel.id(), order.id(), CHINA,
				parcel.destination(), messages.order().orderNo(), messages.order().payTransactionId(),
				messages.waybill().logisticsNo(), messages.inventory().copNo(), buyer.name(),
				ResidentId.masked(buyer.idNumber()), DeclarationStatus.DECLARED, null, now, null);
		store.insert(declaration);
		store.history(declaration.id(), DeclarationStatus.DECLARED, "Isoko (system)", null, now);
		CebXml.Transfer transfer = new CebXml.Transfer(settings.china().ebpCode(), settings.china().ebpName(),
				settings.china().dxpId());
		List<CebMessage> four = List.of(messages.order().toCeb(), messages.payment().toCeb(),
				messages.waybill().toCeb(), messages.inventory().toCeb());
		for (int i = 0; i < four.size(); i++) {
			CebMessage m = four.get(i);
			// Unsigned: the batch path sends documents under one signature of their
			// message, so a signature per document here was four RSA operations per
			// parcel that never travelled.
			store.enqueue(declaration.id(), m.type(), i, m.guid(), CebXml.toText(CebXml.write(m, transfer)), now);
		}
		parcels.postCustoms(parcel.id(), Milestone.HANDED_TO_CUSTOMS, AUTHORITY, null, now);
		orders.handedToCustoms(order.id(), AUTHORITY, now);
		LOG.info("Parcel {} (order {}) declared to China customs", parcel.waybill(), order.number());
		return Optional.of(declaration);
	}

	/**
	 * The orderer's real name and ID number, given at checkout (see
	 * {@link BuyerIdentities#forDeclaration}). Without one the declaration goes with the
	 * order's name and an empty ID, and customs holds it on the ID check.
	 */
	private DeclarationStore.BuyerIdentity identityOf(Order order, Instant now) {
		return identities.forDeclaration(order.id(), order.buyer(), now)
			.map(o -> new DeclarationStore.BuyerIdentity(o.name(), o.idType(), o.idNumber()))
			.orElseGet(() -> new DeclarationStore.BuyerIdentity(order.buyerName(), Ceb.ID_TYPE_RESIDENT,
					"000000000000000000"));
	}

	record Messages(OrderMessage order, PaymentMessage payment, WaybillMessage waybill, InventoryMessage inventory) {
	}

	/**
	 * The four messages of a parcel. Amounts in yuan: CEB's freight is "freight and
	 * miscellaneous charges", so the order's insurance and fees are declared in it and
	 * acturalPaid is what the buyer paid; taxTotal is the duty and taxes withheld per the
	 * quote. The waybill carries the weight measured at intake, the inventory list the
	 * weight declared from the lots.
	 */
	Messages messages(Parcel parcel, Order order, DeclarationStore.BuyerIdentity buyer, Instant now) {
		OrderCharges charges = order.charges();
		BigDecimal goods = charges.goods().toDecimal();
		BigDecimal freight = charges.freight().plus(charges.insurance()).plus(charges.fees()).toDecimal();
		BigDecimal tax = charges.duty().plus(charges.taxes()).toDecimal();
		BigDecimal paid = OrderMessage.acturalPaid(goods, freight, tax, BigDecimal.ZERO);
		DeliveryAddress address = order.address();
		String phone = address.phone().international();
		String consigneeAddress = address.region() + " " + address.city() + " " + address.line();
		String provider = order.paymentProvider() == null ? "UNKNOWN" : order.paymentProvider();
		PaymentStep.Attempt settled = payments.attempts(order.id())
			.stream()
			.filter(PaymentStep.Attempt::settled)
			.reduce((a, b) -> b)
			.orElse(null);
		String payTx = settled != null ? settled.id().toString() : provider + "-" + order.number();
		Instant paidAt = order.paidAt() != null ? order.paidAt() : now;
		String origin = network.hub(parcel.origin())
			.map(h -> new Locale("", h.country().value()).getISO3Country())
			.orElse("");
		List<OrderMessage.Line> orderLines = new ArrayList<>();
		List<InventoryMessage.Line> inventoryLines = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			BigDecimal qty = BigDecimal.valueOf(line.quantity());
			orderLines.add(
					new OrderMessage.Line(line.lineNo(), line.lotReference(), line.productName(), line.hsCode().value(),
							UNIT_PIECE, qty, line.unitPrice().toDecimal(), line.lineTotal().toDecimal(), origin));
			inventoryLines.add(new InventoryMessage.Line(line.lineNo(), line.lotReference(), line.productName(),
					line.hsCode().value(), origin, qty, UNIT_PIECE, line.unitPrice().toDecimal(),
					line.lineTotal().toDecimal()));
		}
		CustomsSettings.China c = settings.china();
		String orderNo = order.number();
		String waybill = parcel.waybill().value();
		OrderMessage orderMessage = new OrderMessage(guid(), now, orderNo, c.ebpCode(), c.ebpName(), c.ebcCode(),
				c.ebcName(), goods, freight, BigDecimal.ZERO.setScale(2), tax, paid, buyer.name(), buyer.idType(),
				buyer.idNumber(), phone, provider, provider, payTx, address.name(), phone, consigneeAddress,
				orderLines);
		PaymentMessage payment = new PaymentMessage(guid(), now, provider, provider, payTx, orderNo, c.ebpCode(),
				c.ebpName(), buyer.idType(), buyer.idNumber(), buyer.name(), phone, order.total().toDecimal(), paidAt);
		WaybillMessage waybillMessage = new WaybillMessage(guid(), now, c.logisticsCode(), c.logisticsName(), waybill,
				orderNo, freight, BigDecimal.ZERO.setScale(2), kg(parcel.chargeableGrams()), parcel.declaredPieces(),
				address.name(), consigneeAddress, phone);
		InventoryMessage inventory = new InventoryMessage(guid(), now, orderNo, c.ebpCode(), c.ebpName(), c.ebcCode(),
				c.ebcName(), c.logisticsCode(), waybill, "INV-" + waybill, buyer.idType(), buyer.idNumber(),
				buyer.name(), phone, consigneeAddress, freight, BigDecimal.ZERO.setScale(2), kg(parcel.declaredGrams()),
				parcel.declaredPieces(), inventoryLines);
		return new Messages(orderMessage, payment, waybillMessage, inventory);
	}

	private static BigDecimal kg(long grams) {
		return BigDecimal.valueOf(grams, 3);
	}

	private static String guid() {
		return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
	}

}
