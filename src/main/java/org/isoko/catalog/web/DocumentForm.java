package org.isoko.catalog.web;

import java.time.LocalDate;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.PreferenceScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A document of a lot as typed, e.g. a certificate of origin with its scheme and origin
 * criterion.
 */
class DocumentForm {

	private @Nullable String kind = DocumentKind.CERTIFICATE_OF_ORIGIN.name();

	private @Nullable String number;

	private @Nullable String issuer;

	private @Nullable String issuedOn;

	private @Nullable String expiresOn;

	private @Nullable String scheme;

	private @Nullable String originCriterion;

	CatalogManagement.@Nullable NewDocument document(BindingResult errors) {
		DocumentKind documentKind = SellerForms.choice(kind, DocumentKind.class, "kind", errors);
		String documentNumber = SellerForms.required(number, "number", errors);
		String documentIssuer = SellerForms.required(issuer, "issuer", errors);
		LocalDate issued = SellerForms.date(issuedOn, "issuedOn", errors);
		LocalDate expires = SellerForms.optionalDate(expiresOn, "expiresOn", errors);
		PreferenceScheme preference = SellerForms.optionalChoice(scheme, PreferenceScheme.class, "scheme", errors);
		if (errors.hasErrors() || documentKind == null || documentNumber == null || documentIssuer == null
				|| issued == null) {
			return null;
		}
		return new CatalogManagement.NewDocument(documentKind, documentNumber, documentIssuer, issued, expires,
				preference, SellerForms.optional(originCriterion));
	}

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String value) {
		kind = value;
	}

	public @Nullable String getNumber() {
		return number;
	}

	public void setNumber(@Nullable String value) {
		number = value;
	}

	public @Nullable String getIssuer() {
		return issuer;
	}

	public void setIssuer(@Nullable String value) {
		issuer = value;
	}

	public @Nullable String getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(@Nullable String value) {
		issuedOn = value;
	}

	public @Nullable String getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(@Nullable String value) {
		expiresOn = value;
	}

	public @Nullable String getScheme() {
		return scheme;
	}

	public void setScheme(@Nullable String value) {
		scheme = value;
	}

	public @Nullable String getOriginCriterion() {
		return originCriterion;
	}

	public void setOriginCriterion(@Nullable String value) {
		originCriterion = value;
	}

}
