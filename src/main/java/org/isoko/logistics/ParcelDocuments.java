package org.isoko.logistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.logistics.documents.CommercialInvoices;
import org.isoko.logistics.documents.HouseWaybillNumber;
import org.isoko.logistics.documents.Hub;
import org.isoko.logistics.documents.Incoterm;
import org.isoko.logistics.documents.InvoiceData;
import org.isoko.logistics.documents.InvoiceLine;
import org.isoko.logistics.documents.ManifestData;
import org.isoko.logistics.documents.ManifestLine;
import org.isoko.logistics.documents.Manifests;
import org.isoko.logistics.documents.PackingListData;
import org.isoko.logistics.documents.PackingLists;
import org.isoko.logistics.documents.Party;
import org.isoko.logistics.documents.TransportMode;
import org.isoko.network.Network;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trade documents of a parcel and a consignment, filled from the order as the buyer
 * placed it: the commercial invoice and the packing list (per order: one parcel per
 * order), and the consignment's manifest (PDF and CSV). They carry names and addresses,
 * so only the parcel's seller and buyer and the staff of its two hubs get them; the staff
 * of another hub are told which hub the parcel belongs to (403), anyone else learns
 * nothing (404, as for an unknown waybill).
 */
@Service
public class ParcelDocuments {

	private final LogisticsStore store;

	private final Parcels parcels;

	private final OrderShipping orders;

	private final Catalog catalog;

	private final Network network;

	private final CommercialInvoices invoices = new CommercialInvoices();

	private final PackingLists packingLists = new PackingLists();

	private final Manifests manifests = new Manifests();

	ParcelDocuments(LogisticsStore store, Parcels parcels, OrderShipping orders, Catalog catalog, Network network) {
		this.store = store;
		this.parcels = parcels;
		this.orders = orders;
		this.catalog = catalog;
		this.network = network;
	}

	@Transactional(readOnly = true)
	public byte[] commercialInvoice(CurrentUser user, Waybill waybill, Locale language) {
		Parcel parcel = parcels.forDocuments(user, waybill);
		ShippableOrder order = order(parcel);
		List<InvoiceLine> lines = new ArrayList<>();
		for (ShippableOrder.Line line : order.lines()) {
			Optional<LotDetails> lot = catalog.lot(line.lot());
			long net = lot.map(LotDetails::netWeightGrams).orElse(0L);
			long gross = lot.map(LotDetails::grossWeightGrams).orElse(0L);
			// A line converted into the buyer's currency need not divide into a whole
			// price per unit (215.38 for 3): the units are then printed on two lines, one
			// minor unit apart, so that the values add up exactly to what the buyer paid.
			long minor = line.value().minorUnits();
			long unit = minor / line.quantity();
			long dearer = minor % line.quantity();
			long cheaper = line.quantity() - dearer;
			if (cheaper > 0) {
				lines.add(new InvoiceLine(line.productName(), line.hsCode(), origin(lot, parcel), cheaper,
						Money.ofMinor(unit, line.value().currency()), net * cheaper, gross * cheaper));
			}
			if (dearer > 0) {
				lines.add(new InvoiceLine(line.productName(), line.hsCode(), origin(lot, parcel), dearer,
						Money.ofMinor(unit + 1, line.value().currency()), net * dearer, gross * dearer));
			}
		}
		Money freight = order.freight().currency().equals(order.goods().currency()) ? order.freight()
				: Money.zero(order.goods().currency());
		InvoiceData data = new InvoiceData("INV-" + order.number(), order.number(), issued(parcel), seller(parcel),
				buyer(order), consignee(order), Incoterm.DAP, hubName(parcel.destination()), order.goods().currency(),
				lines, freight, insurance(order), List.of(houseWaybill(parcel)), language);
		return invoices.render(data);
	}

	/**
	 * What the buyer was charged for insurance, in the invoice's currency; null (printed
	 * "not insured") when the quote had none.
	 */
	private static @Nullable Money insurance(ShippableOrder order) {
		Money insurance = order.insurance();
		return insurance != null && insurance.currency().equals(order.goods().currency()) ? insurance : null;
	}

	@Transactional(readOnly = true)
	public byte[] packingList(CurrentUser user, Waybill waybill, Locale language) {
		Parcel parcel = parcels.forDocuments(user, waybill);
		ShippableOrder order = order(parcel);
		List<PackingListData.Line> lines = new ArrayList<>();
		for (ShippableOrder.Line line : order.lines()) {
			Optional<LotDetails> lot = catalog.lot(line.lot());
			lines.add(new PackingListData.Line(line.productName(), line.hsCode(), origin(lot, parcel), line.quantity(),
					lot.map(LotDetails::netWeightGrams).orElse(0L) * line.quantity()));
		}
		PackingListData data = new PackingListData(order.number(), issued(parcel), seller(parcel), consignee(order),
				Incoterm.DAP, hubName(parcel.destination()), List.of(new PackingListData.Parcel(houseWaybill(parcel),
						parcel.declaredPieces(), parcel.chargeableGrams())),
				lines, language);
		return packingLists.render(data);
	}

	@Transactional(readOnly = true)
	public byte[] manifestPdf(CurrentUser user, ConsignmentId id, Locale language) {
		return manifests.pdf(manifest(user, id, language));
	}

	@Transactional(readOnly = true)
	public byte[] manifestCsv(CurrentUser user, ConsignmentId id) {
		return manifests.csv(manifest(user, id, Locale.ENGLISH));
	}

	ManifestData manifest(CurrentUser user, ConsignmentId id, Locale language) {
		Consignment c = store.consignment(id).orElseThrow(() -> NotFound.of("Consignment", id));
		requireHubOf(user, c.origin(), c.destination(), "Consignment " + c.masterWaybill());
		List<ManifestLine> lines = new ArrayList<>();
		for (Parcel parcel : store.parcelsIn(id)) {
			ShippableOrder order = order(parcel);
			ShippableOrder.Consignee to = order.consignee();
			String city = to.addressLines().isEmpty() ? "" : ", " + to.addressLines().get(to.addressLines().size() - 1);
			lines.add(new ManifestLine(houseWaybill(parcel), to.name() + city,
					String.join("; ", order.lines().stream().map(ShippableOrder.Line::productName).toList()),
					order.lines().get(0).hsCode(), parcel.declaredPieces(), parcel.chargeableGrams(), order.goods()));
		}
		if (lines.isEmpty()) {
			throw new Conflict("Consignment " + c.masterWaybill() + " has no parcels: there is nothing to manifest");
		}
		TransportMode mode = switch (c.mode()) {
			case FLIGHT -> TransportMode.AIR;
			case TRUCK -> TransportMode.ROAD;
			case SEA -> TransportMode.SEA;
		};
		String carrier = c.carrierName() == null ? "—" : c.carrierName();
		return new ManifestData(c.masterWaybill(), c.id().value().toString().substring(0, 8), mode, carrier,
				c.masterWaybill(), new Hub(c.origin(), hubName(c.origin())),
				new Hub(c.destination(), hubName(c.destination())),
				(c.departedAt() != null ? c.departedAt() : c.cutoffAt()).atZone(ZoneOffset.UTC), lines, language);
	}

	/**
	 * Only the staff of a consignment's two hubs read its manifest; staff of another hub
	 * are told which hubs it belongs to.
	 */
	private static void requireHubOf(CurrentUser user, HubCode origin, HubCode destination, String what) {
		if (user.isAdmin()) {
			return;
		}
		if (!user.has(Role.LOGISTICS_AGENT) && !user.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only the hubs' staff read a consignment's manifest");
		}
		if (!origin.equals(user.hub()) && !destination.equals(user.hub())) {
			throw new WrongHub(
					what + " travels from hub " + origin + " to " + destination + ", not through " + user.hub());
		}
	}

	private ShippableOrder order(Parcel parcel) {
		return orders.shippable(parcel.order()).orElseThrow(() -> NotFound.of("Order", parcel.order()));
	}

	private CountryCode origin(Optional<LotDetails> lot, Parcel parcel) {
		return lot.map(l -> l.provenance().country()).orElseGet(() -> country(parcel.origin()));
	}

	private CountryCode country(HubCode hub) {
		return network.hub(hub).map(h -> h.country()).orElseThrow(() -> NotFound.of("Hub", hub));
	}

	private static LocalDate issued(Parcel parcel) {
		return parcel.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private Party seller(Parcel parcel) {
		return Party.of(parcel.sellerName(), country(parcel.origin()), hubName(parcel.origin()));
	}

	private static Party buyer(ShippableOrder order) {
		ShippableOrder.Consignee to = order.consignee();
		return new Party(order.buyerName(), to.addressLines(), to.country(), null, null);
	}

	private static Party consignee(ShippableOrder order) {
		ShippableOrder.Consignee to = order.consignee();
		return new Party(to.name(), to.addressLines(), to.country(), to.phone(), null);
	}

	private static HouseWaybillNumber houseWaybill(Parcel parcel) {
		return parcel.waybill().number();
	}

	private String hubName(HubCode code) {
		return network.hub(code).map(h -> h.city()).orElse(code.value());
	}

}
