package org.isoko.network;

import java.util.List;
import java.util.Optional;

import org.isoko.identity.HubDirectory;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.springframework.stereotype.Component;

/** Interim: replaced by the network module's data-backed directory when it lands. */
@Component
class InterimHubDirectory implements HubDirectory {

	private static final List<HubSummary> HUBS = List.of(new HubSummary(HubCode.of("KGL"), "Kigali", CountryCode.of("RW")),
			new HubSummary(HubCode.of("HGH"), "Hangzhou", CountryCode.of("CN")), new HubSummary(HubCode.of("NBO"), "Nairobi", CountryCode.of("KE")));

	@Override
	public List<HubSummary> hubs() {
		return HUBS;
	}

	@Override
	public Optional<HubSummary> find(HubCode code) {
		return HUBS.stream().filter(h -> h.code().equals(code)).findFirst();
	}

	@Override
	public Optional<HubSummary> hubFor(CountryCode country) {
		return HUBS.stream().filter(h -> h.country().equals(country)).findFirst();
	}
}
