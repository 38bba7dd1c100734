/**
 * Trade: what it costs to bring goods across a border. Dated, sourced reference data
 * (tariff lines per importing country, HS code and scheme: MFN, China's zero tariff for
 * least-developed countries, the EAC customs union, the AfCFTA schedules; import VAT and
 * consumption tax; China's cross-border e-commerce retail rules; freight and insurance
 * rates), rules of origin (a preference only with a valid certificate of origin),
 * landed-cost quotes, and China's cross-border retail quota enforced at checkout.
 * <p>
 * Public API: {@link org.isoko.trade.Trade} (quotes),
 * {@link org.isoko.trade.CrossBorderQuota} (checkout limits) and the records they return.
 * The calculation itself lives in {@code trade.tariff}, plain Java without Spring.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "catalog" })
@NullMarked
package org.isoko.trade;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
