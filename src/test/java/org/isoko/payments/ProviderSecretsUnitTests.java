package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.isoko.payments.simulator.SimulatorsEnabled;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/**
 * No provider secret is shipped: production refuses to start without real ones, the
 * simulators draw theirs at random.
 */
class ProviderSecretsUnitTests {

	static PaymentsSettings bound(MockEnvironment environment) {
		return Binder.get(environment).bindOrCreate("isoko.payments", PaymentsSettings.class);
	}

	@Test
	void productionRefusesToStartWithoutSecretsNamingEachSetting() {
		MockEnvironment environment = new MockEnvironment();
		assertThatIllegalStateException().isThrownBy(() -> ProviderSecrets.resolve(bound(environment), false))
			.withMessageContaining("isoko.payments.wallet.signing-key")
			.withMessageContaining("isoko.payments.momo.api-user")
			.withMessageContaining("isoko.payments.momo.api-key")
			.withMessageContaining("isoko.payments.momo.collection-subscription-key")
			.withMessageContaining("isoko.payments.momo.disbursement-subscription-key");
	}

	@Test
	void productionRefusesTheValuesEarlierVersionsShipped() {
		MockEnvironment environment = secrets(new MockEnvironment()).withProperty("isoko.payments.wallet.signing-key",
				"isoko-simulator-wallet-signing-key");
		assertThatIllegalStateException().isThrownBy(() -> ProviderSecrets.resolve(bound(environment), false))
			.withMessageContaining("isoko.payments.wallet.signing-key")
			.withMessageNotContaining("isoko.payments.momo");
	}

	@Test
	void productionStartsWithItsOwnSecretsUnchanged() {
		PaymentsSettings settings = ProviderSecrets.resolve(bound(secrets(new MockEnvironment())), false);
		assertThat(settings.wallet().signingKey()).isEqualTo("real-wallet-key");
		assertThat(settings.momo().apiKey()).isEqualTo("real-api-key");
	}

	@Test
	void simulatorsDrawEveryMissingSecretAtRandomAtEachStart() {
		PaymentsSettings first = ProviderSecrets.resolve(bound(new MockEnvironment()), true);
		PaymentsSettings second = ProviderSecrets.resolve(bound(new MockEnvironment()), true);
		assertThat(first.wallet().signingKey()).hasSizeGreaterThanOrEqualTo(40)
			.isNotEqualTo(second.wallet().signingKey())
			.isNotIn(ProviderSecrets.SHIPPED);
		assertThat(first.momo().apiKey()).isNotBlank().isNotEqualTo(second.momo().apiKey());
		assertThat(first.momo().collectionSubscriptionKey()).isNotBlank()
			.isNotEqualTo(first.momo().disbursementSubscriptionKey());
		// the rest of the settings is kept
		assertThat(first.wallet().appId()).isEqualTo("isoko-demo-app");
		assertThat(first.poll()).isEqualTo(bound(new MockEnvironment()).poll());
	}

	@Test
	void simulatorsOnByDefaultOffUnderThePostgresProfileUnlessSetExplicitly() {
		assertThat(SimulatorsEnabled.in(new MockEnvironment())).isTrue();
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThat(SimulatorsEnabled.in(production)).isFalse();
		assertThat(SimulatorsEnabled.in(production.withProperty("isoko.payments.simulators.enabled", "true"))).isTrue();
	}

	private static MockEnvironment secrets(MockEnvironment environment) {
		return environment.withProperty("isoko.payments.momo.api-user", "real-api-user")
			.withProperty("isoko.payments.momo.api-key", "real-api-key")
			.withProperty("isoko.payments.momo.collection-subscription-key", "real-collection-key")
			.withProperty("isoko.payments.momo.disbursement-subscription-key", "real-disbursement-key")
			.withProperty("isoko.payments.wallet.signing-key", "real-wallet-key");
	}

}
