package org.isoko.logistics;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.logistics.documents.Hub;
import org.isoko.logistics.documents.LabelData;
import org.isoko.logistics.documents.Party;
import org.isoko.logistics.documents.ShippingLabels;
import org.isoko.network.Network;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipping labels as their seller prints them: captions in the seller's language and the
 * destination's (Chinese for a parcel to Hangzhou), the waybill as Code 128 and QR. Only
 * the seller and the hubs' agents may print them: they carry the consignee's address. One
 * parcel's label, or many in one PDF (a page each): a seller's parcels still to hand to
 * the hub (or a chosen set of their own), and a consignment's parcels for the agents of
 * the hub it leaves from.
 */
@Service
public class Labels {

	/**
	 * The most labels one PDF takes: at the benchmark's 200+ labels a second, a few
	 * seconds of rendering; a seller with more prints them in chosen sets.
	 */
	public static final int MOST_AT_ONCE = 500;

	private final Parcels parcels;

	private final LogisticsStore store;

	private final OrderShipping orders;

	private final Network network;

	private final ShippingLabels labels = new ShippingLabels();

	Labels(Parcels parcels, LogisticsStore store, OrderShipping orders, Network network) {
		this.parcels = parcels;
		this.store = store;
		this.orders = orders;
		this.network = network;
	}

	@Transactional(readOnly = true)
	public byte[] label(CurrentUser user, Waybill waybill, Locale sellerLanguage) {
		return labels.render(data(printable(user, waybill), sellerLanguage));
	}

	/**
	 * The labels of the seller's parcels not yet handed to the hub, or of the chosen
	 * waybills (any parcel of theirs, e.g. a label to print again), in one PDF in waybill
	 * order.
	 * @throws Conflict when there is nothing to print
	 */
	@Transactional(readOnly = true)
	public byte[] sellerLabels(CurrentUser user, List<Waybill> chosen, Locale sellerLanguage) {
		if (!user.has(Role.SELLER) && !user.isAdmin()) {
			throw new AccessDeniedException("Only sellers print the labels of their parcels");
		}
		List<Parcel> toPrint;
		if (chosen.isEmpty()) {
			toPrint = store.awaitingHandover(user.organisationId(), MOST_AT_ONCE + 1);
			if (toPrint.isEmpty()) {
				throw new Conflict("You have no parcels waiting to be handed to the hub: there are no labels to print");
			}
		}
		else {
			if (chosen.size() > MOST_AT_ONCE) {
				throw new InvalidInput("waybill",
						"At most " + MOST_AT_ONCE + " labels are printed at once: choose fewer parcels");
			}
			Map<Waybill, Parcel> unique = new LinkedHashMap<>();
			for (Waybill waybill : chosen) {
				unique.computeIfAbsent(waybill, w -> printable(user, w));
			}
			toPrint = new ArrayList<>(unique.values());
		}
		return renderAll(toPrint, sellerLanguage);
	}

	/**
	 * A consignment's labels, for the agents of the hub it leaves from (to relabel a
	 * damaged parcel before departure, or to print a drop's labels at the hub).
	 * @throws Conflict when the consignment has no parcels
	 */
	@Transactional(readOnly = true)
	public byte[] consignmentLabels(CurrentUser user, ConsignmentId id, Locale language) {
		Parcels.requireAgent(user);
		Consignment c = store.consignment(id).orElseThrow(() -> NotFound.of("Consignment", id));
		if (!user.isAdmin() && !c.origin().equals(user.hub())) {
			if (c.destination().equals(user.hub())) {
				throw new WrongHub("Consignment " + c.masterWaybill() + " leaves from hub " + c.origin()
						+ ": its agents print its labels, not " + user.hub());
			}
			throw NotFound.of("Consignment", id);
		}
		List<Parcel> in = store.parcelsIn(id);
		if (in.isEmpty()) {
			throw new Conflict("Consignment " + c.masterWaybill() + " has no parcels: there are no labels to print");
		}
		return renderAll(in, language);
	}

	private byte[] renderAll(List<Parcel> parcels, Locale sellerLanguage) {
		if (parcels.size() > MOST_AT_ONCE) {
			throw new InvalidInput("waybill",
					"At most " + MOST_AT_ONCE + " labels are printed at once: choose the parcels to print");
		}
		List<LabelData> pages = parcels.stream()
			.sorted(java.util.Comparator.comparing(p -> p.waybill().value()))
			.map(p -> data(p, sellerLanguage))
			.toList();
		return labels.renderAll(pages);
	}

	/** A parcel whose label the user may print: its seller, the hubs' agents. */
	private Parcel printable(CurrentUser user, Waybill waybill) {
		Parcel parcel = parcels.forDocuments(user, waybill);
		boolean seller = user.organisationId().equals(parcel.seller());
		if (!seller && !user.isAdmin() && !user.has(Role.LOGISTICS_AGENT)) {
			throw new AccessDeniedException("Only the seller and the hubs' agents print a parcel's label");
		}
		return parcel;
	}

	private LabelData data(Parcel parcel, Locale sellerLanguage) {
		ShippableOrder order = orders.shippable(parcel.order()).orElseThrow(() -> NotFound.of("Order", parcel.order()));
		ShippableOrder.Consignee to = order.consignee();
		CountryCode originCountry = network.hub(parcel.origin()).map(h -> h.country()).orElse(to.country());
		return new LabelData(parcel.waybill().number(), order.number(),
				Party.of(parcel.sellerName(), originCountry, hubName(parcel.origin())),
				new Party(to.name(), to.addressLines(), to.country(), to.phone(), null),
				new Hub(parcel.origin(), hubName(parcel.origin())),
				new Hub(parcel.destination(), hubName(parcel.destination())), parcel.declaredGrams(),
				parcel.declaredPieces(), parcel.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), sellerLanguage,
				languageOf(to.country()));
	}

	private String hubName(HubCode code) {
		return network.hub(code).map(h -> h.city()).orElse(code.value());
	}

	/** The language a destination's couriers read: the hub network's four languages. */
	static Locale languageOf(CountryCode country) {
		switch (country.value()) {
			case "CN":
				return Locale.CHINESE;
			case "RW":
				return Locale.forLanguageTag("rw");
			case "FR", "BE", "CD", "CI", "SN", "CM", "BI", "ML", "NE", "TG", "BJ", "GN", "MG":
				return Locale.FRENCH;
			default:
				return Locale.ENGLISH;
		}
	}

}
