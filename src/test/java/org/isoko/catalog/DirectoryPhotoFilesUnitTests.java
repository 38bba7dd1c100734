package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photo bytes kept as files: by hash, two levels deep, written once, no partial files
 * left.
 */
class DirectoryPhotoFilesUnitTests {

	@TempDir
	Path root;

	@Test
	void keepsBytesByHashAndReadsThemBack() throws Exception {
		DirectoryPhotoFiles files = new DirectoryPhotoFiles(root);
		String hash = "ab" + "0".repeat(62);
		files.save(hash, new byte[] { 1, 2, 3 });
		files.save(hash, new byte[] { 1, 2, 3 });
		assertThat(files.read(hash)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
		assertThat(root.resolve("ab").resolve(hash + ".jpg")).exists();
		try (Stream<Path> all = Files.walk(root)) {
			assertThat(all.filter(Files::isRegularFile)).hasSize(1);
		}
		assertThat(files.read("cd" + "0".repeat(62))).isEmpty();
	}

}
