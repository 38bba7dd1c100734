package org.isoko.customs;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key the orderers' identities are encrypted with: from
 * {@code isoko.customs.identity-key}; without it, a key drawn for this run while the
 * simulators run (the embedded demo), and a refusal to start otherwise, naming the
 * setting: a production key is never drawn (the identities would be lost at restart).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class IdentityConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(IdentityConfiguration.class);

	@Bean
	IdentityCipher identityCipher(IdentitySettings settings, Environment environment) {
		return cipher(settings.identityKey(), settings.identityPreviousKeys(),
				CustomsSimulatorEnabled.isOn(environment));
	}

	static IdentityCipher cipher(String key, boolean simulators) {
		return cipher(key, List.of(), simulators);
	}

	static IdentityCipher cipher(String key, List<String> previousKeys, boolean simulators) {
		if (!key.isBlank()) {
			return IdentityCipher.of(key, previousKeys.stream().filter(k -> !k.isBlank()).toList());
		}
		if (!simulators) {
			throw new IllegalStateException("isoko.customs.identity-key is required when the simulators are off: "
					+ "the base64 of 32 random bytes (e.g. openssl rand -base64 32), the AES-256 key the orderers' "
					+ "identities are encrypted with");
		}
		LOG.warn("No isoko.customs.identity-key: the orderers' identities are encrypted with a key drawn for this run "
				+ "(they cannot be read after a restart)");
		return IdentityCipher.drawn();
	}

}
