package org.isoko.customs;

import java.time.Instant;
import java.util.UUID;

import org.isoko.logistics.ParcelId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * One parcel's declaration to the destination's customs, with the references its receipts
 * name (order number, payment transaction, waybill, enterprise inventory number). The
 * buyer's ID number is kept masked only: the full number travels in the signed messages.
 */
public record Declaration(UUID id, ParcelId parcel, OrderId order, CountryCode country, HubCode destinationHub,
		String orderNo, String payTransactionId, String logisticsNo, String copNo, String buyerName,
		String buyerIdMasked, DeclarationStatus status, @Nullable String reason, Instant declaredAt,
		@Nullable Instant decidedAt) {
}
