package org.isoko.customs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the orderer's identity at rest: AES-256-GCM (the JDK's {@code javax.crypto}),
 * a random 96-bit nonce per value, a 128-bit tag. A sealed value is {@code v1.} and the
 * base64 of nonce and ciphertext. The context (the identity's id and the field) is bound
 * as associated data, so a value copied onto another row or field does not open.
 */
final class IdentityCipher {

	static final String VERSION = "v1.";

	static final int KEY_BYTES = 32;

	static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	IdentityCipher(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("The identity key must be 256 bits (32 bytes), not " + key.length * 8);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** From the base64 text of a 256-bit key (the setting's form). */
	static IdentityCipher of(String base64Key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The identity key is not base64", ex);
		}
		return new IdentityCipher(bytes);
	}

	/** A cipher with a key drawn at random (the simulators' runs). */
	static IdentityCipher drawn() {
		byte[] bytes = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(bytes);
		return new IdentityCipher(bytes);
	}

	String seal(String plain, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return VERSION + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * @throws Unreadable when the value was changed, sealed for another context or with
	 * another key
	 */
	String open(String sealed, String context) {
		if (!sealed.startsWith(VERSION)) {
			throw new Unreadable("Not a sealed identity value");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable("Not a sealed identity value");
		}
		if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new Unreadable("Sealed identity value too short");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new Unreadable("The sealed identity value does not open: changed, moved or sealed with another key");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** A sealed value that does not open. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String message) {
			super(message);
		}

	}

}
