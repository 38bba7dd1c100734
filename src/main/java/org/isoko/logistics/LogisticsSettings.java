package org.isoko.logistics;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the logistics module ({@code isoko.logistics.*}).
 *
 * @param weightTolerance how much heavier than declared a parcel may be before it is
 * flagged (0.05 = 5 %)
 * @param carrierSecret the shared secret carriers sign their webhook calls with
 * (HMAC-SHA256); set a real one in production
 * @param carrierClockSkew how far a signed call's timestamp may be from our clock: older
 * calls are refused, so a captured call cannot be replayed later
 */
@ConfigurationProperties("isoko.logistics")
public record LogisticsSettings(@DefaultValue("0.05") BigDecimal weightTolerance,
		@DefaultValue("isoko-demo-carrier-secret") String carrierSecret,
		@DefaultValue("5m") Duration carrierClockSkew) {

}
