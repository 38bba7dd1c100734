/**
 * The demo payments loaded when {@code isoko.demo-data.enabled} is set. Internal to the
 * payments module.
 */
@NullMarked
package org.isoko.payments.demo;

import org.jspecify.annotations.NullMarked;
