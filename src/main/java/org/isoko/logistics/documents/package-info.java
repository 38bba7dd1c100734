/**
 * The logistics module's printed documents, in plain Java (no Spring, no database): the
 * A6 shipping label, the consignment manifest (PDF and CSV), the commercial invoice and
 * the packing list, and the waybill numbers they carry ({@link AirWaybillNumber} in the
 * IATA form, Isoko's own {@link HouseWaybillNumber}). Each document is rendered from a
 * value record holding exactly what it prints; amounts are exact {@code Money}. Fonts are
 * shipped in the repository (resources/fonts, with their licences) so Chinese and
 * Kinyarwanda render without a system font.
 */
@NullMarked
package org.isoko.logistics.documents;

import org.jspecify.annotations.NullMarked;
