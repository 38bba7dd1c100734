package org.isoko.customs;

import java.time.Instant;
import java.util.UUID;

import org.isoko.logistics.ConsignmentId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A consignment's entry to one authority: the export entry at the origin hub or the
 * import entry at the destination hub, in its latest revision.
 *
 * @param country the declaring authority's country; {@code hub} its office
 * @param reference Isoko's entry reference, the same for every revision
 * @param releaseNumber the exit note (export) or release (import) number, once released
 * @param reason why the authority queried it, in its own words
 * @param reasonLanguage the language of those words (BCP 47) when the authority said so;
 * none when not known (an officer's query typed in the console)
 */
public record ConsignmentEntry(UUID id, ConsignmentId consignment, EntryDirection direction, CountryCode country,
		HubCode hub, HubCode originHub, HubCode destinationHub, String masterWaybill, String reference, int revision,
		EntryStatus status, @Nullable String releaseNumber, @Nullable String reason, @Nullable String reasonLanguage,
		Instant submittedAt, @Nullable Instant decidedAt) {

	/** The authority's name, as the parcel's and order's timelines give it. */
	public String authority() {
		return switch (country.value()) {
			case "RW" -> "Rwanda Revenue Authority";
			case "KE" -> "Kenya Revenue Authority";
			default -> "Customs " + country.value();
		};
	}

	/** One goods item (an order line of a house waybill) as declared. */
	public record Line(int itemNo, String waybill, java.util.UUID order, String orderNo, String exporter,
			String consigneeCountry, String hsCode, String description, int quantity, org.isoko.shared.Money value,
			long netGrams, long grossGrams, org.isoko.shared.@Nullable Money duty, org.isoko.shared.@Nullable Money vat,
			org.isoko.shared.@Nullable Money other) {
	}

	/**
	 * A supporting document of a house waybill: present (with its reference) or missing.
	 */
	public record Document(String waybill, org.isoko.customs.eac.EntryMessage.DocumentCode kind, boolean present,
			@Nullable String reference) {
	}

	/** One recorded change: who, when, why. */
	public record Change(EntryStatus status, String actor, @Nullable String reason, Instant at) {
	}

}
