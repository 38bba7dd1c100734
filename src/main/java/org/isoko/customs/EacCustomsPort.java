package org.isoko.customs;

/**
 * Where the signed entries of the EAC corridors go: the authority of a country (the
 * Rwanda Revenue Authority, the Kenya Revenue Authority) at its configured endpoint, or
 * the in-process simulator. A failure throws; the outbox retries with the same message
 * (same guid).
 */
interface EacCustomsPort {

	void send(String country, String guid, String signedXml);

}
