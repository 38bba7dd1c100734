/** Everything HTTP of the customs module: the China customs simulator's endpoint. */
@NullMarked
package org.isoko.customs.web;

import org.jspecify.annotations.NullMarked;
