package org.isoko.customs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the orderer's identity at rest: AES-256-GCM (the JDK's {@code javax.crypto}),
 * a random 96-bit nonce per value, a 128-bit tag. A sealed value is {@code v2.}, the
 * sealing key's id (8 hex digits of a SHA-256 of the key, so that the key itself cannot
 * be told from it), a dot and the base64 of nonce and ciphertext; values sealed before
 * keys had ids ({@code v1.} and the base64) still open with any key configured. The
 * context (the identity's id and the field) is bound as associated data, so a value
 * copied onto another row or field does not open.
 * <p>
 * Keys rotate: values are sealed with the current key and open with it or with one of the
 * previous keys still configured; {@link IdentityKeyRotation} seals them again with the
 * current key, after which the previous key can go.
 */
final class IdentityCipher {

	static final String VERSION = "v2.";

	/** Sealed before keys had ids: no key named, any configured key tried. */
	static final String UNNAMED = "v1.";

	static final int KEY_BYTES = 32;

	static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final String keyId;

	/** Every key a value may have been sealed with, by id: the current one first. */
	private final Map<String, SecretKey> keys = new LinkedHashMap<>();

	private final SecureRandom random = new SecureRandom();

	IdentityCipher(byte[] key) {
		this(key, List.of());
	}

	IdentityCipher(byte[] key, List<byte[]> previousKeys) {
		this.key = aes(key);
		this.keyId = idOf(key);
		keys.put(keyId, this.key);
		for (byte[] previous : previousKeys) {
			keys.putIfAbsent(idOf(previous), aes(previous));
		}
	}

	/** From the base64 text of a 256-bit key (the setting's form). */
	static IdentityCipher of(String base64Key) {
		return of(base64Key, List.of());
	}

	/** The current key and the previous ones still accepted, each as base64 text. */
	static IdentityCipher of(String base64Key, List<String> previousBase64Keys) {
		return new IdentityCipher(decode(base64Key, "The identity key"),
				previousBase64Keys.stream().map(k -> decode(k, "A previous identity key")).toList());
	}

	private static byte[] decode(String base64Key, String what) {
		try {
			return Base64.getDecoder().decode(base64Key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not base64", ex);
		}
	}

	private static SecretKey aes(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("The identity key must be 256 bits (32 bytes), not " + key.length * 8);
		}
		return new SecretKeySpec(key, "AES");
	}

	/** 8 hex digits of SHA-256("isoko identity key id" ‖ key): names a key, hides it. */
	static String idOf(byte[] key) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update("isoko identity key id".getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(key), 0, 4);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** The id of the key values are sealed with now. */
	String keyId() {
		return keyId;
	}

	/** Whether a sealed value was sealed with another key than the current one. */
	boolean sealedWithAnotherKey(String sealed) {
		return !sealed.startsWith(VERSION + keyId + ".");
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
			return VERSION + keyId + "." + Base64.getEncoder()
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
		if (sealed.startsWith(UNNAMED)) {
			byte[] bytes = bytes(sealed.substring(UNNAMED.length()));
			for (SecretKey candidate : keys.values()) {
				try {
					return open(candidate, bytes, context);
				}
				catch (Unreadable ex) {
					// another key of the ring may have sealed it
				}
			}
			throw new Unreadable("The sealed identity value does not open: changed, moved or sealed with a key no "
					+ "longer configured");
		}
		if (!sealed.startsWith(VERSION) || sealed.indexOf('.', VERSION.length()) < 0) {
			throw new Unreadable("Not a sealed identity value");
		}
		int dot = sealed.indexOf('.', VERSION.length());
		SecretKey named = keys.get(sealed.substring(VERSION.length(), dot));
		if (named == null) {
			throw new Unreadable("Sealed with key " + sealed.substring(VERSION.length(), dot)
					+ ", which is not configured (isoko.customs.identity-key or identity-previous-keys)");
		}
		return open(named, bytes(sealed.substring(dot + 1)), context);
	}

	private static byte[] bytes(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable("Not a sealed identity value");
		}
		if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new Unreadable("Sealed identity value too short");
		}
		return bytes;
	}

	private static String open(SecretKey key, byte[] bytes, String context) {
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
