package org.isoko.customs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.isoko.customs.eac.EntryMessage.DocumentCode;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderCustomsEntries;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderManagement;
import org.isoko.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customs entries of the consignments an order's parcel travels in, as the order's
 * seller reads them (ordering's seam for the seller's order page, and the order's API):
 * direction, authority, status, the release number, the authority's reason for a query
 * and the documents of this order's parcel that are missing and the seller's to supply.
 * Other parcels of the consignment (other sellers' goods) are not shown, nor their house
 * waybills in the authority's words.
 */
@Service
public class OrderEntries implements OrderCustomsEntries {

	/**
	 * The documents that come from the seller's lots; the commercial invoice and the
	 * packing list are issued by Isoko for every parcel.
	 */
	static final Set<DocumentCode> SELLERS_DOCUMENTS = EnumSet.of(DocumentCode.CERTIFICATE_OF_ORIGIN,
			DocumentCode.QUALITY_CERTIFICATE);

	private final EntryStore store;

	private final OrderManagement orders;

	OrderEntries(EntryStore store, OrderManagement orders) {
		this.store = store;
		this.orders = orders;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> ofOrder(OrderId order) {
		return store.ofOrder(order.value()).stream().map(e -> entry(e, order)).toList();
	}

	/** For the order's seller only: anybody else (another seller, the buyer) gets 404. */
	@Transactional(readOnly = true)
	public List<Entry> ofOrder(CurrentUser seller, OrderId order) {
		if (!orders.view(seller, order).viewedBySeller()) {
			throw new NotFound("Order " + order + " has no customs entries you can see");
		}
		return ofOrder(order);
	}

	private Entry entry(ConsignmentEntry e, OrderId order) {
		// Once released, what was missing no longer holds anything up.
		List<String> missing = e.status() == EntryStatus.RELEASED ? List.of()
				: store.missingFor(e.id(), order.value())
					.stream()
					.filter(SELLERS_DOCUMENTS::contains)
					.map(Enum::name)
					.toList();
		boolean queried = e.status() == EntryStatus.QUERIED;
		return new Entry(e.direction().name(), e.country().value(), e.reference(), e.status().name(), e.releaseNumber(),
				queried ? ownPart(e, order) : null, queried ? e.reasonLanguage() : null, missing,
				e.decidedAt() == null ? e.submittedAt() : e.decidedAt());
	}

	/**
	 * The authority's words with the other sellers' house waybills of the consignment
	 * left out (a query may name every parcel it finds lacking).
	 */
	private String ownPart(ConsignmentEntry e, OrderId order) {
		String reason = e.reason() == null ? "" : e.reason();
		for (String other : store.otherWaybills(e.id(), order.value())) {
			reason = reason.replace(other, "…");
		}
		return reason;
	}

}
