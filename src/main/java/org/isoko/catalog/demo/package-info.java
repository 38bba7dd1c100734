/**
 * The demo catalog loaded when {@code isoko.demo-data.enabled} is set. Internal to the
 * catalog module.
 */
@NullMarked
package org.isoko.catalog.demo;

import org.jspecify.annotations.NullMarked;
