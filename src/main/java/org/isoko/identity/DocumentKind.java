package org.isoko.identity;

/**
 * A kind of registration document a seller organisation uploads for its hub operator to
 * check, as listed for its country in {@code identity/document-kinds.csv}.
 *
 * @param code the kind's code (its message is {@code identity.document.kind.<code>})
 * @param required whether a seller of this kind and country must have it checked before
 * it is verified
 * @param name the English name, shown when a language has no message for the code
 */
public record DocumentKind(String code, boolean required, String name) {

	public String messageKey() {
		return "identity.document.kind." + code;
	}

}
