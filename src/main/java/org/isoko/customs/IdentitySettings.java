package org.isoko.customs;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The orderer's identity settings ({@code isoko.customs.identity-*}).
 *
 * @param identityKey the AES-256 key (base64 of 32 bytes) the identities are encrypted
 * with; blank: drawn at each start while the simulators run, refused otherwise
 * @param identityRetention how long after an order's clearance (or its end without
 * import) the identity it was declared with is kept
 * @param identityErasurePoll how often identities due for erasure are looked for
 * @param identityAtCheckout whether checkout (page and API) requires the identity for
 * cross-border retail orders
 * @param identityPreviousKeys keys the identities were encrypted with before the current
 * one (base64 each): still opened, and sealed again with the current key
 * ({@link IdentityKeyRotation}); remove one once its rotation reports nothing left
 */
@ConfigurationProperties("isoko.customs")
record IdentitySettings(@DefaultValue("") String identityKey, @DefaultValue("30d") Duration identityRetention,
		@DefaultValue("1h") Duration identityErasurePoll, @DefaultValue("true") boolean identityAtCheckout,
		@DefaultValue( {
		}) List<String> identityPreviousKeys){
}
