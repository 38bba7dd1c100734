package org.isoko.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.isoko.identity.HubDirectory;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.springframework.stereotype.Component;

/**
 * Tells identity which hubs exist and which hub serves a country (the first valid hub
 * there, by code).
 */
@Component
class NetworkHubDirectory implements HubDirectory {

	private final Network network;

	NetworkHubDirectory(Network network) {
		this.network = network;
	}

	@Override
	public List<HubSummary> hubs() {
		return network.hubs().stream().map(NetworkHubDirectory::summary).toList();
	}

	@Override
	public Optional<HubSummary> find(HubCode code) {
		return network.hub(code).map(NetworkHubDirectory::summary);
	}

	@Override
	public Optional<HubSummary> hubFor(CountryCode country) {
		LocalDate today = LocalDate.now();
		return network.hubsIn(country)
			.stream()
			.filter(hub -> hub.isValidOn(today))
			.min(Comparator.comparing(hub -> hub.code().value()))
			.map(NetworkHubDirectory::summary);
	}

	private static HubSummary summary(Hub hub) {
		return new HubSummary(hub.code(), hub.name(), hub.country());
	}

}
