/**
 * The entry messages of the EAC corridors, plain Java: the consignment's export entry at
 * origin and import entry at destination (fields modelled on the EAC customs declaration
 * form C17: procedure, office, declarant, transport document and mode, countries, and per
 * house waybill the exporter, consignee country, weights, documents and goods items with
 * HS code, description, quantity and value), the authority's receipt, and their XML form.
 * Signed with the same XML-DSig as the CEB messages
 * ({@link org.isoko.customs.ceb.CebSignature}).
 */
@NullMarked
package org.isoko.customs.eac;

import org.jspecify.annotations.NullMarked;
