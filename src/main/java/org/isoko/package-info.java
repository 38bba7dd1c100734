/**
 * Isoko root package: the application class only. Each direct sub-package is an
 * application module.
 */
@NullMarked
package org.isoko;

import org.jspecify.annotations.NullMarked;
