package org.isoko.trade.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.trade.ExemptionCertificate;
import org.isoko.trade.ExemptionStatus;
import org.isoko.trade.Fields;
import org.isoko.trade.TaxExemptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Tax exemptions",
		description = "A buyer organisation's tax-exemption certificates (Rwanda's VAT exemption for machinery and capital "
				+ "goods of registered processors), declared by the buyer and approved or refused by its hub operator")
class TaxExemptionsApi {

	private final TaxExemptions exemptions;

	TaxExemptionsApi(TaxExemptions exemptions) {
		this.exemptions = exemptions;
	}

	record DeclarationBody(@Nullable String number, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	record RefusalBody(@Nullable String reason) {
	}

	@PostMapping(path = "/api/v1/tax-exemptions", consumes = "application/json", produces = "application/json")
	@PreAuthorize("hasRole('BUYER')")
	@Operation(
			summary = "Declares the buyer organisation's exemption certificate (pending until its hub operator decides)",
			description = "Body: number, validFrom, validTo (ISO dates). 201 with the certificate, status PENDING. 400 naming "
					+ "organisation (a consumer, or a country without such an exemption), number (malformed or already "
					+ "declared), validFrom or validTo (missing, reversed, already expired). Once APPROVED, quotes for the "
					+ "organisation into its country show VAT 0 on the HS codes the exemption covers, citing it.")
	ResponseEntity<ExemptionCertificate> declare(@RequestBody DeclarationBody body, CurrentUser user) {
		ExemptionCertificate certificate = exemptions.declare(user, body.number(), body.validFrom(), body.validTo());
		return ResponseEntity.created(URI.create("/api/v1/tax-exemptions/" + certificate.id())).body(certificate);
	}

	@GetMapping(path = "/api/v1/tax-exemptions", produces = "application/json")
	@Operation(summary = "The caller's organisation's exemption certificates, newest first")
	PageOf<ExemptionCertificate> mine(@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		return exemptions.ofOrganisation(user.organisationId(), TradeForms.page(page));
	}

	@GetMapping(path = "/api/v1/tax-exemptions/review", produces = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "The exemption certificates of the operator's hub, pending first (status filters)")
	PageOf<ExemptionCertificate> review(@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		ExemptionStatus filter = status == null || status.isBlank() ? null
				: Fields.parse("status", status, s -> Fields.enumValue(ExemptionStatus.class, s));
		return exemptions.forReview(user, filter, TradeForms.page(page));
	}

	@GetMapping(path = "/api/v1/tax-exemptions/{id}", produces = "application/json")
	@Operation(summary = "One certificate, for its organisation or the operator of its hub")
	ExemptionCertificate one(@PathVariable UUID id, CurrentUser user) {
		return exemptions.certificate(user, id);
	}

	@PostMapping(path = "/api/v1/tax-exemptions/{id}/approval", produces = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Approves a pending certificate after checking the document (recorded and audited)",
			description = "404 when the certificate is not of the operator's hub; 409 when it was already decided.")
	ExemptionCertificate approve(@PathVariable UUID id, CurrentUser user) {
		return exemptions.approve(user, id);
	}

	@PostMapping(path = "/api/v1/tax-exemptions/{id}/refusal", consumes = "application/json",
			produces = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Refuses a pending certificate with a reason (recorded and audited)",
			description = "Body: reason. 400 naming reason when it is missing; 404 and 409 as for approval.")
	ExemptionCertificate refuse(@PathVariable UUID id, @RequestBody RefusalBody body, CurrentUser user) {
		return exemptions.refuse(user, id, body.reason());
	}

}
