package org.isoko;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Isoko, an open electronic world trade platform: the software a country hub runs so that
 * small producers sell straight to buyers in other countries. One deployable modular
 * monolith; see {@code ModularityTests}.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "Isoko", sharedModules = "shared")
public class IsokoApplication {

	public static void main(String[] args) {
		SpringApplication.run(IsokoApplication.class, args);
	}

}
