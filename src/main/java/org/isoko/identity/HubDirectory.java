package org.isoko.identity;

import java.util.List;
import java.util.Optional;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;

/**
 * What identity needs to know about hubs (which exist, and which serves a country)
 * without depending on the network module, which sits above it: network implements this
 * port.
 */
public interface HubDirectory {

	List<HubSummary> hubs();

	Optional<HubSummary> find(HubCode code);

	/** The hub that serves organisations in this country, if any. */
	Optional<HubSummary> hubFor(CountryCode country);

	record HubSummary(HubCode code, String name, CountryCode country) {
	}

}
