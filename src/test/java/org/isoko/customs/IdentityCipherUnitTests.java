package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.isoko.customs.ceb.ResidentId;
import org.junit.jupiter.api.Test;

/**
 * The orderer's identity at rest: AES-256-GCM with a random 96-bit nonce per value; a
 * changed, moved or foreign-key value does not open; the key is required when the
 * simulators are off; keys rotate (a value names its key; previous keys still open what
 * they sealed; values sealed before keys had ids open with any); numbers and names are
 * shown masked.
 */
class IdentityCipherUnitTests {

	static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	final IdentityCipher cipher = IdentityCipher.of(KEY);

	@Test
	void aSealedValueOpensToWhatWasSealedAndHoldsNoPlainText() {
		String sealed = cipher.seal("330106199203154212", "ctx");

		assertThat(sealed).startsWith(IdentityCipher.VERSION).doesNotContain("330106199203154212");
		assertThat(cipher.open(sealed, "ctx")).isEqualTo("330106199203154212");
		assertThat(cipher.open(cipher.seal("张伟", "name"), "name")).isEqualTo("张伟");
	}

	@Test
	void aChangedValueAnotherContextOrAnotherKeyIsRefused() {
		String sealed = cipher.seal("330106199203154212", "identity-1:idNumber");
		byte[] bytes = Base64.getDecoder().decode(payload(sealed));
		for (int i = 0; i < bytes.length; i++) {
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x01;
			String changed = prefix(sealed) + Base64.getEncoder().encodeToString(tampered);
			assertThatThrownBy(() -> cipher.open(changed, "identity-1:idNumber")).as("byte %d flipped", i)
				.isInstanceOf(IdentityCipher.Unreadable.class);
		}
		assertThatThrownBy(() -> cipher.open(sealed, "identity-2:idNumber"))
			.isInstanceOf(IdentityCipher.Unreadable.class);
		assertThatThrownBy(() -> IdentityCipher.drawn().open(sealed, "identity-1:idNumber"))
			.isInstanceOf(IdentityCipher.Unreadable.class);
		assertThatThrownBy(() -> cipher.open("v1.AAAA", "identity-1:idNumber"))
			.isInstanceOf(IdentityCipher.Unreadable.class);
		assertThatThrownBy(() -> cipher.open("v2.AAAA", "identity-1:idNumber"))
			.isInstanceOf(IdentityCipher.Unreadable.class);
		assertThatThrownBy(() -> cipher.open("330106199203154212", "identity-1:idNumber"))
			.isInstanceOf(IdentityCipher.Unreadable.class);
	}

	static final String NEW_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	@Test
	void aValueNamesItsKeyAndOpensAfterTheKeyRotatedWhileThePreviousKeyIsConfigured() {
		String sealed = cipher.seal("330106199203154212", "ctx");
		assertThat(sealed).startsWith(IdentityCipher.VERSION + cipher.keyId() + ".");
		assertThat(cipher.keyId()).matches("[0-9a-f]{8}").isNotEqualTo(IdentityCipher.of(NEW_KEY).keyId());

		IdentityCipher rotated = IdentityCipher.of(NEW_KEY, java.util.List.of(KEY));
		assertThat(rotated.open(sealed, "ctx")).isEqualTo("330106199203154212");
		assertThat(rotated.sealedWithAnotherKey(sealed)).isTrue();
		String resealed = rotated.seal(rotated.open(sealed, "ctx"), "ctx");
		assertThat(rotated.sealedWithAnotherKey(resealed)).isFalse();
		assertThat(IdentityCipher.of(NEW_KEY).open(resealed, "ctx")).isEqualTo("330106199203154212");

		// Once the previous key is gone, what it sealed (and was not sealed again) does
		// not open, and the message names the missing key.
		assertThatThrownBy(() -> IdentityCipher.of(NEW_KEY).open(sealed, "ctx"))
			.isInstanceOf(IdentityCipher.Unreadable.class)
			.hasMessageContaining(cipher.keyId());
	}

	@Test
	void aValueSealedBeforeKeysHadIdsOpensWithAnyConfiguredKey() {
		String sealed = cipher.seal("张伟", "name");
		String unnamed = IdentityCipher.UNNAMED + payload(sealed);
		assertThat(cipher.open(unnamed, "name")).isEqualTo("张伟");
		assertThat(IdentityCipher.of(NEW_KEY, java.util.List.of(KEY)).open(unnamed, "name")).isEqualTo("张伟");
		assertThat(cipher.sealedWithAnotherKey(unnamed)).isTrue();
		assertThatThrownBy(() -> IdentityCipher.of(NEW_KEY).open(unnamed, "name"))
			.isInstanceOf(IdentityCipher.Unreadable.class);
	}

	/** What follows the key id: the base64 of nonce and ciphertext. */
	private static String payload(String sealed) {
		return sealed.substring(prefix(sealed).length());
	}

	private static String prefix(String sealed) {
		return sealed.substring(0, sealed.indexOf('.', IdentityCipher.VERSION.length()) + 1);
	}

	@Test
	void everyValueHasItsOwnNonce() {
		Set<String> nonces = new HashSet<>();
		Set<String> sealedValues = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String sealed = cipher.seal("330106199203154212", "ctx");
			byte[] bytes = Base64.getDecoder().decode(payload(sealed));
			nonces.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, IdentityCipher.NONCE_BYTES)));
			sealedValues.add(sealed);
		}
		assertThat(nonces).hasSize(10_000);
		assertThat(sealedValues).hasSize(10_000);
	}

	@Test
	void theKeyIsRequiredWhenTheSimulatorsAreOffAndDrawnOtherwise() {
		assertThatThrownBy(() -> IdentityConfiguration.cipher("", false)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("isoko.customs.identity-key");
		IdentityCipher drawn = IdentityConfiguration.cipher(" ", true);
		assertThat(drawn.open(drawn.seal("x", "c"), "c")).isEqualTo("x");
		assertThat(IdentityConfiguration.cipher(KEY, false).open(cipher.seal("x", "c"), "c")).isEqualTo("x");
		assertThatThrownBy(() -> IdentityCipher.of("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("256 bits");
		assertThatThrownBy(() -> IdentityCipher.of("not base64!")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void numbersAndNamesAreShownMasked() {
		assertThat(ResidentId.masked("330106199203154212")).isEqualTo("3301**********4212");
		assertThat(BuyerIdentities.maskedName("张伟")).isEqualTo("张*");
		assertThat(BuyerIdentities.maskedName("欧阳娜娜")).isEqualTo("欧***");
		assertThat(BuyerIdentities.maskedName("Li Wei")).isEqualTo("L*****");
	}

}
