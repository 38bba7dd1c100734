/**
 * China's cross-border e-commerce (CEB) messages, plain Java (no Spring, no JDBC, nothing
 * of the customs module around it; {@code CustomsArchitectureTests} keeps it so): the
 * wire form ({@link org.isoko.customs.ceb.CebMessage}) with its XML reader and writer in
 * the namespace {@code http://www.chinaport.gov.cn/ceb}, the typed messages of import
 * under 9610 (CEB311 order, CEB411 payment, CEB511 waybill, CEB621 inventory, their
 * receipts and CEB900), the XML-DSig signature and the checks customs runs before it
 * releases a parcel ({@link org.isoko.customs.ceb.MatchRules}).
 */
@NullMarked
package org.isoko.customs.ceb;

import org.jspecify.annotations.NullMarked;
