package org.isoko.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels of the user's hub (leaving it or coming to it) whose latest tracking event is
 * older than their milestone's threshold ({@link StuckParcelSettings}), longest waiting
 * first: what a hub operator chases.
 */
@Service
public class StuckParcels {

	private final LogisticsStore store;

	private final StuckParcelSettings settings;

	private final Clock clock;

	StuckParcels(LogisticsStore store, StuckParcelSettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A parcel at {@code milestone} since {@code since}, longer than {@code threshold}.
	 */
	public record StuckParcel(Parcel parcel, Instant since, Duration threshold) {
	}

	@Transactional(readOnly = true)
	public PageOf<StuckParcel> at(CurrentUser user, PageRequest page) {
		if (!Parcels.isHubStaff(user) || user.hub() == null) {
			throw new AccessDeniedException("Only a hub's operators and logistics agents see its stuck parcels");
		}
		Instant now = clock.instant();
		Map<Milestone, Instant> cutoffs = new EnumMap<>(Milestone.class);
		settings.thresholds().forEach((milestone, threshold) -> cutoffs.put(milestone, now.minus(threshold)));
		return store.stuckAt(user.hub(), cutoffs, page)
			.map(row -> new StuckParcel(row.parcel(), row.since(), settings.thresholds().get(row.parcel().status())));
	}

	/** The thresholds, for the page to say what "stuck" means. */
	public Map<Milestone, Duration> thresholds() {
		return settings.thresholds();
	}

}
