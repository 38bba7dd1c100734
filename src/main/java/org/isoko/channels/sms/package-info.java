/** SMS: the outbox, its sender and the gateway port with its simulator. */
@NullMarked
package org.isoko.channels.sms;

import org.jspecify.annotations.NullMarked;
