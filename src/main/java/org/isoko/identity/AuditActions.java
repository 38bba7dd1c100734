package org.isoko.identity;

/** The security-relevant actions identity records in the {@link AuditTrail}. */
public final class AuditActions {

	public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";

	public static final String LOGIN_FAILED = "LOGIN_FAILED";

	public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";

	public static final String LOGOUT = "LOGOUT";

	/** A user chose the time zone pages show times in. */
	public static final String TIME_ZONE_CHOSEN = "TIME_ZONE_CHOSEN";

	public static final String TOKEN_CREATED = "TOKEN_CREATED";

	public static final String TOKEN_REVOKED = "TOKEN_REVOKED";

	public static final String TOKEN_REJECTED = "TOKEN_REJECTED";

	public static final String ORGANISATION_REGISTERED = "ORGANISATION_REGISTERED";

	public static final String REGISTRATION_THROTTLED = "REGISTRATION_THROTTLED";

	public static final String SELLER_VERIFIED = "SELLER_VERIFIED";

	public static final String SELLER_REJECTED = "SELLER_REJECTED";

	/** A seller uploaded a registration document of a kind it had none of. */
	public static final String SELLER_DOCUMENT_UPLOADED = "SELLER_DOCUMENT_UPLOADED";

	/** A seller uploaded a registration document in place of one of the same kind. */
	public static final String SELLER_DOCUMENT_REPLACED = "SELLER_DOCUMENT_REPLACED";

	/** A hub operator checked a seller's document. */
	public static final String SELLER_DOCUMENT_CHECKED = "SELLER_DOCUMENT_CHECKED";

	/** A hub operator refused a seller's document, with a reason. */
	public static final String SELLER_DOCUMENT_REFUSED = "SELLER_DOCUMENT_REFUSED";

	public static final String ROLES_CHANGED = "ROLES_CHANGED";

	public static final String ADMIN_BOOTSTRAPPED = "ADMIN_BOOTSTRAPPED";

	/** A user changed their own password. */
	public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	/** A password change was refused: the current password did not match. */
	public static final String PASSWORD_CHANGE_REFUSED = "PASSWORD_CHANGE_REFUSED";

	private AuditActions() {
	}

}
