package org.isoko.payments;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The secrets Isoko shares with its payment providers (the wallet's signing key, the MoMo
 * API user, API key and subscription keys). None is shipped: a key everyone can read in
 * the source would let anyone sign a wallet notification.
 * <ul>
 * <li>With the simulators on (the embedded default), a secret left blank is drawn at
 * random at each start; the simulators and the adapters run in the same process and read
 * the same settings, so nobody outside it knows the key.</li>
 * <li>With the simulators off (production), Isoko refuses to start while a secret is
 * blank or still one of the values earlier versions shipped, naming the setting.</li>
 * </ul>
 */
final class ProviderSecrets {

	/**
	 * Values earlier versions shipped in {@code application.yml}: never a real secret.
	 */
	static final Set<String> SHIPPED = Set.of("isoko-simulator-api-user", "isoko-simulator-api-key",
			"isoko-simulator-collection-key", "isoko-simulator-disbursement-key", "isoko-simulator-wallet-signing-key");

	private static final SecureRandom RANDOM = new SecureRandom();

	private ProviderSecrets() {
	}

	/**
	 * The settings with every provider secret usable.
	 * @param simulators whether the provider simulators run in this process
	 * @throws IllegalStateException (simulators off) naming every secret that is missing
	 * or a shipped default
	 */
	static PaymentsSettings resolve(PaymentsSettings settings, boolean simulators) {
		PaymentsSettings.Momo momo = settings.momo();
		PaymentsSettings.Wallet wallet = settings.wallet();
		if (!simulators) {
			List<String> missing = new ArrayList<>();
			check(missing, "isoko.payments.momo.api-user", momo.apiUser());
			check(missing, "isoko.payments.momo.api-key", momo.apiKey());
			check(missing, "isoko.payments.momo.collection-subscription-key", momo.collectionSubscriptionKey());
			check(missing, "isoko.payments.momo.disbursement-subscription-key", momo.disbursementSubscriptionKey());
			check(missing, "isoko.payments.wallet.signing-key", wallet.signingKey());
			if (!missing.isEmpty()) {
				throw new IllegalStateException("The payment provider simulators are off (production), but "
						+ String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
						+ " missing or still a shipped example value: set the provider's real credentials"
						+ " (e.g. as environment variables), or turn the simulators on with"
						+ " isoko.payments.simulators.enabled=true for a test installation");
			}
			return settings;
		}
		PaymentsSettings.Momo drawnMomo = new PaymentsSettings.Momo(momo.baseUrl(), momo.targetEnvironment(),
				orRandom(momo.apiUser(), UUID.randomUUID().toString()), orRandom(momo.apiKey(), random()),
				orRandom(momo.collectionSubscriptionKey(), random()),
				orRandom(momo.disbursementSubscriptionKey(), random()), momo.currencies());
		PaymentsSettings.Wallet drawnWallet = new PaymentsSettings.Wallet(wallet.baseUrl(), wallet.appId(),
				orRandom(wallet.signingKey(), random()), wallet.currencies());
		return new PaymentsSettings(settings.platformFeeRate(), settings.fxSpreadRate(), settings.escrowHold(),
				settings.callbackBaseUrl(), drawnMomo, drawnWallet, settings.poll(), settings.autoPayout());
	}

	private static void check(List<String> missing, String setting, String value) {
		if (value.isBlank() || SHIPPED.contains(value.strip())) {
			missing.add(setting);
		}
	}

	/** A blank or shipped secret is replaced by a fresh random one. */
	private static String orRandom(String value, String drawn) {
		return value.isBlank() || SHIPPED.contains(value.strip()) ? drawn : value;
	}

	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
