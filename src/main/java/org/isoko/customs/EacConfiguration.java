package org.isoko.customs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the EAC authorities: per country, the HTTP adapter when
 * {@code isoko.customs.eac.base-urls.<country>} is set (then the authorities' receipt key
 * is required), else the in-process simulator when it runs, else a port that refuses (the
 * entries wait in the outbox).
 */
@Configuration(proxyBeanMethods = false)
class EacConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(EacConfiguration.class);

	@Bean
	EacCustomsPort eacCustomsPort(CustomsSettings settings, ObjectProvider<EacCustomsSimulator> simulator) {
		Map<String, HttpEacCustoms> adapters = new ConcurrentHashMap<>();
		EacCustomsSimulator simulated = simulator.getIfAvailable();
		if (simulated == null && !settings.eac().anyEndpoint()) {
			LOG.warn("No isoko.customs.eac.base-urls and the simulator is off: consignment entries wait in the outbox");
		}
		return (country, guid, xml) -> {
			String url = settings.eac().baseUrl(country);
			if (!url.isBlank()) {
				adapters.computeIfAbsent(country, c -> new HttpEacCustoms(url)).send(guid, xml);
				return;
			}
			if (simulated == null) {
				throw new CustomsUnavailable(
						"No endpoint for the customs of " + country + ": set isoko.customs.eac.base-urls." + country);
			}
			if (simulated.outage() == ChinaCustomsSimulator.Outage.DOWN) {
				throw new CustomsUnavailable("The customs of " + country + " (simulator) answered 503: outage");
			}
			EacCustomsSimulator.Acceptance acceptance = simulated.receive(country, xml);
			if (simulated.outage() == ChinaCustomsSimulator.Outage.NO_ANSWER) {
				// Taken, but the sender hears nothing: it sends again (the same guid).
				throw new CustomsUnavailable("The customs of " + country + " (simulator) did not answer: outage");
			}
			if (!acceptance.accepted()) {
				LOG.warn("The customs of {} (simulator) refused entry {}: {}", country, guid, acceptance.detail());
			}
		};
	}

	@Bean
	EntryDecisions.AuthorityKey entryAuthorityKey(CustomsSettings settings,
			ObjectProvider<EacCustomsSimulator> simulator) {
		if (!settings.eac().authorityKey().isBlank()) {
			var key = CustomsKeys.publicKey(settings.eac().authorityKey());
			return () -> key;
		}
		if (settings.eac().anyEndpoint()) {
			throw new IllegalStateException("isoko.customs.eac.base-urls is set: configure "
					+ "isoko.customs.eac.authority-key, the public key the authorities sign their receipts with");
		}
		EacCustomsSimulator simulated = simulator.getIfAvailable();
		if (simulated != null) {
			return simulated::publicKey;
		}
		var nobody = CustomsKeys.draw().getPublic();
		return () -> nobody;
	}

}
