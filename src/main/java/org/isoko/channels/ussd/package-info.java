/** The USSD session engine, the PIN and the menus (flows) a caller gets. */
@NullMarked
package org.isoko.channels.ussd;

import org.jspecify.annotations.NullMarked;
