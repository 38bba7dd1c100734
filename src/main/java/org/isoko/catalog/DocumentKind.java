package org.isoko.catalog;

/**
 * Documents a lot can carry. A certificate of origin names the preference scheme it
 * proves origin for.
 */
public enum DocumentKind {

	CERTIFICATE_OF_ORIGIN, ORGANIC, FAIRTRADE, PHYTOSANITARY, QUALITY_CERTIFICATE, OTHER

}
