/**
 * The shared kernel: small, stable value types every module speaks (money, country,
 * currency, HS code, phone number, hub code) and the RFC 9457 problem-details plumbing.
 * Kept deliberately small.
 */
@NullMarked
package org.isoko.shared;

import org.jspecify.annotations.NullMarked;
