/**
 * Trade's REST API ({@code /api/v1/quotes}, {@code /api/v1/cbec-quota} and the reference
 * data: {@code /api/v1/tariff-lines}, {@code /tax-rules}, {@code /cbec-rules},
 * {@code /freight-rates}) and its pages (the landed-cost quote page and the operators'
 * forms for tariff lines, tax rules, cross-border retail rules and freight rates).
 * Internal to the trade module.
 */
@NullMarked
package org.isoko.trade.web;

import org.jspecify.annotations.NullMarked;
