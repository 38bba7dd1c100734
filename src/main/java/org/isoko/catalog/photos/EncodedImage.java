package org.isoko.catalog.photos;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One re-encoded JPEG and its size. {@link #hash()} (SHA-256 of the bytes) names it: the
 * same image is stored once and its address never changes, so it can be cached forever.
 */
public record EncodedImage(byte[] bytes, int width, int height, String hash) {

	public static EncodedImage of(byte[] bytes, int width, int height) {
		return new EncodedImage(bytes, width, height, sha256(bytes));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

}
