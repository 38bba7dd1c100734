package org.isoko.logistics.documents;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Everything one parcel's shipping label prints. Its texts are in two languages: the
 * seller's (who sticks it on) and the destination's (who delivers it); the same language
 * twice prints once.
 *
 * @param waybill the parcel's number, printed and encoded in the barcode and QR code
 * @param orderNumber the order the parcel belongs to, as the buyer and seller know it
 * @param sender the seller
 * @param consignee the buyer or whoever receives for them
 * @param origin the hub the parcel is handed to
 * @param destination the hub that delivers it
 * @param declaredWeightGrams the weight the seller declared, in grams (more than 0)
 * @param pieces how many pieces make up the parcel (at least 1)
 * @param created when the label was made
 * @param sellerLanguage the seller's language (en, fr, rw or zh)
 * @param destinationLanguage the destination's language
 */
public record LabelData(HouseWaybillNumber waybill, String orderNumber, Party sender, Party consignee, Hub origin,
		Hub destination, long declaredWeightGrams, int pieces, LocalDate created, Locale sellerLanguage,
		Locale destinationLanguage) {

	public LabelData {
		if (waybill == null || orderNumber == null || sender == null || consignee == null || origin == null
				|| destination == null || created == null || sellerLanguage == null || destinationLanguage == null) {
			throw new IllegalArgumentException("A label needs its waybill, order, parties, hubs, date and languages");
		}
		if (declaredWeightGrams <= 0) {
			throw new IllegalArgumentException("A parcel's declared weight must be more than 0 g");
		}
		if (pieces < 1) {
			throw new IllegalArgumentException("A parcel has at least one piece");
		}
	}

}
