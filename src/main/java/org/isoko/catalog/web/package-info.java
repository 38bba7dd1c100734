/**
 * The catalog's REST API ({@code /api/v1/products}, {@code /lots}, {@code /listings}, the
 * sellers' {@code /api/v1/seller/lots}) and its pages (the storefront {@code /shop} and
 * {@code /lots/{id}}, the seller console under {@code /seller}), with their forms,
 * request records and view formatting. Internal to the catalog module.
 */
@NullMarked
package org.isoko.catalog.web;

import org.jspecify.annotations.NullMarked;
