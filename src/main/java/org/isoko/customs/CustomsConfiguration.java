package org.isoko.customs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires China's customs: the HTTP adapter when {@code isoko.customs.china.base-url} is
 * set (then Isoko's signing key and customs' receipt key are required), else the
 * in-process simulator when it runs, else a port that refuses every message (they wait in
 * the outbox until an endpoint is configured).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CustomsSettings.class)
class CustomsConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsConfiguration.class);

	@Bean
	CustomsKeys customsKeys(CustomsSettings settings) {
		CustomsKeys keys = new CustomsKeys(settings.china());
		if (!settings.china().baseUrl().isBlank() && keys.drawn()) {
			throw new IllegalStateException("isoko.customs.china.base-url is set: configure "
					+ "isoko.customs.china.signing-key and signing-certificate-key (no key is shipped)");
		}
		return keys;
	}

	@Bean
	ChinaCustomsPort chinaCustomsPort(CustomsSettings settings, ObjectProvider<ChinaCustomsSimulator> simulator) {
		if (!settings.china().baseUrl().isBlank()) {
			return new HttpChinaCustoms(settings.china().baseUrl());
		}
		ChinaCustomsSimulator simulated = simulator.getIfAvailable();
		if (simulated != null) {
			return (type, guid, xml) -> {
				// As over HTTP: down, nothing is taken (503); without an answer, the
				// message is taken but the sender cannot know it and sends it again.
				if (simulated.outage() == ChinaCustomsSimulator.Outage.DOWN) {
					throw new CustomsUnavailable("China customs (simulator) answered 503: outage");
				}
				ChinaCustomsSimulator.Acceptance acceptance = simulated.receive(xml);
				if (simulated.outage() == ChinaCustomsSimulator.Outage.NO_ANSWER) {
					throw new CustomsUnavailable("China customs (simulator) did not answer: outage");
				}
				if (!acceptance.accepted()) {
					LOG.warn("China customs (simulator) refused {} {}: {}", type, guid, acceptance.detail());
				}
			};
		}
		LOG.warn("No isoko.customs.china.base-url and the simulator is off: declarations wait in the outbox");
		return (type, guid, xml) -> {
			throw new CustomsUnavailable("No China customs endpoint: set isoko.customs.china.base-url");
		};
	}

	@Bean
	CustomsReceipts.CustomsKey customsReceiptKey(CustomsSettings settings,
			ObjectProvider<ChinaCustomsSimulator> simulator) {
		if (!settings.china().customsKey().isBlank()) {
			var key = CustomsKeys.publicKey(settings.china().customsKey());
			return () -> key;
		}
		if (!settings.china().baseUrl().isBlank()) {
			throw new IllegalStateException(
					"isoko.customs.china.base-url is set: configure isoko.customs.china.customs-key, the public key "
							+ "customs signs its receipts with");
		}
		ChinaCustomsSimulator simulated = simulator.getIfAvailable();
		if (simulated != null) {
			return simulated::publicKey;
		}
		// No customs to hear from: a key nobody holds, so that every receipt is refused.
		var nobody = CustomsKeys.draw().getPublic();
		return () -> nobody;
	}

}
