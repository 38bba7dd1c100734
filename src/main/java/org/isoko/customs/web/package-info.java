/**
 * Everything HTTP of the customs module: the China customs simulator's endpoint and a
 * buyer's saved orderer identities (masked).
 */
@NullMarked
package org.isoko.customs.web;

import org.jspecify.annotations.NullMarked;
