package org.isoko.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Product photos ({@code isoko.photos.*}).
 *
 * @param storage where the image bytes are kept: {@code database} (default, nothing to
 * set up, backed up with the rest) or {@code directory}
 * @param directory the directory used when {@code storage=directory}
 * @param maxSize the largest upload accepted (10 MB: a phone's full-size photo)
 * @param maxPixels the most pixels an upload may have, read from its header before
 * decoding (40 million: a 48-megapixel phone's binned photo fits, a decompression bomb
 * does not)
 * @param maxPerItem photos per product and per lot
 */
@ConfigurationProperties("isoko.photos")
public record PhotoSettings(@DefaultValue("database") Storage storage, @DefaultValue("data/photos") Path directory,
		@DefaultValue("10MB") DataSize maxSize, @DefaultValue("40000000") long maxPixels,
		@DefaultValue("8") int maxPerItem) {

	/** Where image bytes are kept. */
	public enum Storage {

		DATABASE, DIRECTORY

	}

}
