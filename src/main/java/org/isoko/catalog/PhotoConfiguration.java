package org.isoko.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses where photo bytes are kept ({@link PhotoSettings#storage()}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoSettings.class)
class PhotoConfiguration {

	@Bean
	PhotoFiles photoFiles(PhotoSettings settings, JdbcClient jdbc) {
		return settings.storage() == PhotoSettings.Storage.DIRECTORY ? new DirectoryPhotoFiles(settings.directory())
				: new DatabasePhotoFiles(jdbc);
	}

}
