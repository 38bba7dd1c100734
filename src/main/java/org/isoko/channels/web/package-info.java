/**
 * HTTP of the channels module: the USSD gateway callback and the phone simulator page.
 */
@NullMarked
package org.isoko.channels.web;

import org.jspecify.annotations.NullMarked;
