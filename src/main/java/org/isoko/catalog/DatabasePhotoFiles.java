package org.isoko.catalog;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photo bytes in the {@code catalog_photo_file} table: the default, nothing to set up.
 */
class DatabasePhotoFiles implements PhotoFiles {

	private final JdbcClient jdbc;

	DatabasePhotoFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(String hash, byte[] content) {
		// Content-addressed: a row with this hash already holds these very bytes.
		jdbc.sql("""
				INSERT INTO catalog_photo_file (hash, content, size)
				SELECT :hash, :content, :size WHERE NOT EXISTS (SELECT 1 FROM catalog_photo_file WHERE hash = :hash)""")
			.param("hash", hash)
			.param("content", content)
			.param("size", content.length)
			.update();
	}

	@Override
	public Optional<byte[]> read(String hash) {
		return jdbc.sql("SELECT content FROM catalog_photo_file WHERE hash = :hash")
			.param("hash", hash)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

}
