package org.isoko.customs;

import org.isoko.customs.ceb.MessageType;

/**
 * Where signed CEB messages go: China's customs (through its data exchange endpoint) or
 * the simulator. A failure throws; the outbox retries later with the same message (same
 * guid, so customs never takes it twice).
 */
interface ChinaCustomsPort {

	void send(MessageType type, String guid, String signedXml);

}
