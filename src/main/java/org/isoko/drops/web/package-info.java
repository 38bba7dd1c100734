/**
 * The drops' REST API ({@code /api/v1/drops}) and pages ({@code /drops} for buyers, the
 * hub operators' drop pages). Internal to the drops module.
 */
@NullMarked
package org.isoko.drops.web;

import org.jspecify.annotations.NullMarked;
