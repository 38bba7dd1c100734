/**
 * Channels: Isoko on feature phones. A USSD menu for sellers on the Africa's Talking
 * callback protocol (sub-package {@code ussd}: the session engine, PINs and the menus as
 * small flow classes), one-time codes by SMS through an outbox, and the GSM-7 / UCS-2
 * arithmetic of screens and messages (sub-package {@code text}). Nothing depends on this
 * module; it acts through the public APIs of the others.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "identity", "network", "catalog", "ordering", "payments", "logistics" })
@NullMarked
package org.isoko.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
