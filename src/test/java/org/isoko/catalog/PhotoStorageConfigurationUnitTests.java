package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where photo bytes are kept is a setting: the database by default, a directory with
 * {@code isoko.photos.storage=directory} (written as the application.yml documents it, in
 * lower case) and {@code isoko.photos.directory}.
 */
class PhotoStorageConfigurationUnitTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(PhotoConfiguration.class)
		.withBean(JdbcClient.class, () -> mock(JdbcClient.class));

	@Test
	void photosAreKeptInTheDatabaseByDefault() {
		context.run(beans -> assertThat(beans.getBean(PhotoFiles.class)).isInstanceOf(DatabasePhotoFiles.class));
	}

	@Test
	void withDirectoryStorageTheBytesGoToTheConfiguredDirectory() {
		context.withPropertyValues("isoko.photos.storage=directory", "isoko.photos.directory=" + directory)
			.run(beans -> {
				PhotoFiles files = beans.getBean(PhotoFiles.class);
				assertThat(files).isInstanceOf(DirectoryPhotoFiles.class);
				String hash = "cd" + "1".repeat(62);
				files.save(hash, new byte[] { 7, 8, 9 });
				assertThat(directory.resolve("cd").resolve(hash + ".jpg")).exists();
				assertThat(files.read(hash)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(7, 8, 9));
			});
	}

}
