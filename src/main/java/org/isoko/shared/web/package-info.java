/**
 * Web plumbing shared by every module: RFC 9457 problem details for the API, the error
 * page for the web, and request size limits.
 */
@NullMarked
package org.isoko.shared.web;

import org.jspecify.annotations.NullMarked;
