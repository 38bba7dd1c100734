package org.isoko.logistics;

import java.time.ZoneOffset;
import java.util.Locale;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.documents.Hub;
import org.isoko.logistics.documents.LabelData;
import org.isoko.logistics.documents.Party;
import org.isoko.logistics.documents.ShippingLabels;
import org.isoko.network.Network;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parcel's shipping label as its seller prints it: captions in the seller's language
 * and the destination's (Chinese for a parcel to Hangzhou), the waybill as Code 128 and
 * QR. Only the seller and the hubs' agents may print it: it carries the consignee's
 * address.
 */
@Service
public class Labels {

	private final Parcels parcels;

	private final OrderShipping orders;

	private final Network network;

	private final ShippingLabels labels = new ShippingLabels();

	Labels(Parcels parcels, OrderShipping orders, Network network) {
		this.parcels = parcels;
		this.orders = orders;
		this.network = network;
	}

	@Transactional(readOnly = true)
	public byte[] label(CurrentUser user, Waybill waybill, Locale sellerLanguage) {
		Parcel parcel = parcels.forDocuments(user, waybill);
		boolean seller = user.organisationId().equals(parcel.seller());
		if (!seller && !user.isAdmin() && !user.has(org.isoko.identity.Role.LOGISTICS_AGENT)) {
			throw new AccessDeniedException("Only the seller and the hubs' agents print a parcel's label");
		}
		ShippableOrder order = orders.shippable(parcel.order()).orElseThrow(() -> NotFound.of("Order", parcel.order()));
		ShippableOrder.Consignee to = order.consignee();
		CountryCode originCountry = network.hub(parcel.origin()).map(h -> h.country()).orElse(to.country());
		LabelData data = new LabelData(waybill.number(), order.number(),
				Party.of(parcel.sellerName(), originCountry, hubName(parcel.origin())),
				new Party(to.name(), to.addressLines(), to.country(), to.phone(), null),
				new Hub(parcel.origin(), hubName(parcel.origin())),
				new Hub(parcel.destination(), hubName(parcel.destination())), parcel.declaredGrams(),
				parcel.declaredPieces(), parcel.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), sellerLanguage,
				languageOf(to.country()));
		return labels.render(data);
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
