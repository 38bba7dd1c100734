package org.isoko.customs;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Isoko's key pair for signing CEB messages: from configuration, or, when none is
 * configured, drawn at random at each start (fine for the simulator, which trusts this
 * instance's public key; no key is ever shipped). A real endpoint refuses to start
 * without a configured key (see {@link CustomsConfiguration}).
 */
final class CustomsKeys {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsKeys.class);

	private final KeyPair signing;

	private final boolean drawn;

	CustomsKeys(CustomsSettings.China china) {
		if (china.signingKey().isBlank()) {
			this.signing = draw();
			this.drawn = true;
			LOG.info("No isoko.customs.china.signing-key: CEB messages are signed with a key pair drawn for this run");
		}
		else {
			this.signing = new KeyPair(publicKey(china.signingCertificateKey()), privateKey(china.signingKey()));
			this.drawn = false;
		}
	}

	KeyPair signing() {
		return signing;
	}

	boolean drawn() {
		return drawn;
	}

	static KeyPair draw() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static PublicKey publicKey(String base64) {
		try {
			return KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Not an RSA public key (X.509, base64)", ex);
		}
	}

	static java.security.PrivateKey privateKey(String base64) {
		try {
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Not an RSA private key (PKCS#8, base64)", ex);
		}
	}

}
