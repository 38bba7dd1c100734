/** Plain-Java text arithmetic for phones: GSM-7 septets, UCS-2 units and SMS segments. */
@NullMarked
package org.isoko.channels.text;

import org.jspecify.annotations.NullMarked;
