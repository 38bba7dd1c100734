package org.isoko.payments;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of the wallet protocol, in the style of Alipay and WeChat Pay: the canonical
 * string is every parameter except {@code sign} and {@code sign_type}, without empty
 * values, sorted by name, written {@code name=value} and joined by {@code &}; the
 * signature is its HMAC-SHA256 under the merchant's key, Base64-encoded.
 */
public final class WalletSignature {

	static final String SIGN_TYPE = "HMAC-SHA256";

	private WalletSignature() {
	}

	static String canonical(Map<String, String> parameters) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type") && e.getValue() != null
					&& !e.getValue().isEmpty())
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
	}

	static String sign(Map<String, String> parameters, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder()
				.encodeToString(mac.doFinal(canonical(parameters).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Constant-time comparison, so a forger learns nothing from how long the check took.
	 */
	public static boolean verify(Map<String, String> parameters, String key) {
		String signature = parameters.get("sign");
		if (signature == null || !SIGN_TYPE.equals(parameters.get("sign_type"))) {
			return false;
		}
		return MessageDigest.isEqual(sign(parameters, key).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

	/** Adds {@code sign_type} and {@code sign} to a parameter map. */
	public static Map<String, String> signed(Map<String, String> parameters, String key) {
		Map<String, String> signed = new TreeMap<>(parameters);
		signed.put("sign_type", SIGN_TYPE);
		signed.put("sign", sign(signed, key));
		return signed;
	}

}
