package org.isoko.customs.ceb;

import java.util.List;

/**
 * A CEB message as it travels: one envelope (root element, guid, one signature; for
 * declarations one {@code BaseTransfer}) carrying one or more documents of one type —
 * several {@code ceb:Order} in a CEB311Message, several {@code ceb:Inventory} in a
 * CEB621Message, several {@code OrderReturn} in a CEB312Message. Each document keeps its
 * own guid (its head's {@code guid} field): customs takes, decides and answers each on
 * its own, and a document sent again in another envelope is known by it.
 *
 * <p>
 * {@link #MAX_DOCUMENTS}: how many documents one message may carry. The CEB message
 * schemas repeat the body element under the root (published bindings map it to a list),
 * but no maximum could be confirmed from a public source; 100 is Isoko's own limit,
 * applied on both sides (a larger message is refused whole as unreadable).
 */
public record CebBatch(MessageType type, String guid, List<CebMessage> documents) {

	/** At most this many documents per message (Isoko's own limit, see above). */
	public static final int MAX_DOCUMENTS = 100;

	public CebBatch {
		documents = List.copyOf(documents);
		if (documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
			throw new IllegalArgumentException(
					"A CEB message carries 1 to " + MAX_DOCUMENTS + " documents, not " + documents.size());
		}
		for (CebMessage d : documents) {
			if (d.type() != type) {
				throw new IllegalArgumentException("A " + type + " cannot carry a " + d.type());
			}
		}
	}

}
