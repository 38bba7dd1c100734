package org.isoko.logistics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a parcel may stay at a milestone before the hub's staff see it as stuck
 * ({@code isoko.logistics.stuck-after.*}). DELIVERED is the end of the journey and is
 * never stuck.
 */
@ConfigurationProperties("isoko.logistics.stuck-after")
public record StuckParcelSettings(@DefaultValue("3d") Duration labelCreated,
		@DefaultValue("2d") Duration receivedAtOrigin, @DefaultValue("2d") Duration inConsignment,
		@DefaultValue("5d") Duration departed, @DefaultValue("2d") Duration arrivedAtDestination,
		@DefaultValue("5d") Duration handedToCustoms, @DefaultValue("2d") Duration releasedByCustoms,
		@DefaultValue("1d") Duration outForDelivery, @DefaultValue("1d") Duration exception) {

	/** The threshold of each milestone a parcel can be stuck at. */
	public Map<Milestone, Duration> thresholds() {
		Map<Milestone, Duration> thresholds = new EnumMap<>(Milestone.class);
		thresholds.put(Milestone.LABEL_CREATED, labelCreated);
		thresholds.put(Milestone.RECEIVED_AT_ORIGIN, receivedAtOrigin);
		thresholds.put(Milestone.IN_CONSIGNMENT, inConsignment);
		thresholds.put(Milestone.DEPARTED, departed);
		thresholds.put(Milestone.ARRIVED_AT_DESTINATION, arrivedAtDestination);
		thresholds.put(Milestone.HANDED_TO_CUSTOMS, handedToCustoms);
		thresholds.put(Milestone.RELEASED_BY_CUSTOMS, releasedByCustoms);
		thresholds.put(Milestone.OUT_FOR_DELIVERY, outForDelivery);
		thresholds.put(Milestone.EXCEPTION, exception);
		return thresholds;
	}

}
