package org.isoko.catalog;

import java.util.Optional;

/**
 * Where the bytes of re-encoded photos are kept, by the SHA-256 of their content. Saving
 * the same bytes twice keeps one copy; a saved file never changes.
 */
interface PhotoFiles {

	void save(String hash, byte[] content);

	Optional<byte[]> read(String hash);

}
