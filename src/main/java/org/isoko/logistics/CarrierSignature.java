package org.isoko.logistics;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The carrier webhook's signature: {@code X-Isoko-Signature: sha256=<hex>} where hex is
 * HMAC-SHA256 with the shared secret over {@code <timestamp>.<body>}, and
 * {@code X-Isoko-Timestamp} is the call's time in epoch seconds. Signing the timestamp
 * with the body means an old call cannot be replayed with a fresh time.
 */
public final class CarrierSignature {

	public static final String SIGNATURE_HEADER = "X-Isoko-Signature";

	public static final String TIMESTAMP_HEADER = "X-Isoko-Timestamp";

	private CarrierSignature() {
	}

	public static String sign(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

	/** Compares in constant time, so the signature cannot be guessed byte by byte. */
	public static boolean matches(String secret, long timestamp, byte[] body, String signature) {
		return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

}
