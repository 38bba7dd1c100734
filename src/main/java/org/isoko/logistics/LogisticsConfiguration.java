package org.isoko.logistics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LogisticsSettings.class, StuckParcelSettings.class })
class LogisticsConfiguration {

}
