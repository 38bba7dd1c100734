package org.isoko.logistics;

import java.math.BigDecimal;
import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One parcel: an accepted order's goods under a house waybill, from the seller's origin
 * hub to the buyer's destination hub. Declared weight and pieces come from the order (the
 * lots' gross weights); measured weight and dimensions from the origin hub's intake.
 *
 * @param freightPerKg the rate the buyer's freight was quoted at (null: goods-only order)
 * @param overweight the freight the measured excess would cost at that rate, when the
 * parcel was heavier than declared beyond the tolerance; null otherwise
 */
public record Parcel(ParcelId id, Waybill waybill, OrderId order, String orderNumber, OrganisationId seller,
		String sellerName, UserId buyer, CorridorId corridor, HubCode origin, HubCode destination, long declaredGrams,
		int declaredPieces, @Nullable Long measuredGrams, @Nullable Dimensions dimensions,
		@Nullable BigDecimal freightPerKg, @Nullable CurrencyCode freightCurrency, @Nullable Money overweight,
		Handover handover, @Nullable PickupRequest pickup, Milestone status, @Nullable ConsignmentId consignment,
		Instant createdAt, @Nullable Instant receivedAt, @Nullable String receivedBy, Instant updatedAt) {

	/** Measured at intake, in whole millimetres. */
	public record Dimensions(int lengthMm, int widthMm, int heightMm) {

		public Dimensions {
			if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0) {
				throw new IllegalArgumentException("Dimensions must be more than 0 mm");
			}
		}
	}

	/** Where and when the seller wants the parcel collected. */
	public record PickupRequest(String address, Instant from, Instant to) {
	}

	/** The weight freight is charged on: measured once received, declared before. */
	public long chargeableGrams() {
		return measuredGrams == null ? declaredGrams : measuredGrams;
	}

	public boolean isFlagged() {
		return overweight != null;
	}

	public boolean isReceived() {
		return receivedAt != null;
	}

}
