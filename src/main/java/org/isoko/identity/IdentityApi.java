package org.isoko.identity;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, the signed-in user, seller verification, roles and the audit log over the
 * API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Registration, organisations, seller verification, roles and audit")
class IdentityApi {

	private final Registration registration;

	private final SellerVerification verification;

	private final RoleAdministration roles;

	private final Organisations organisations;

	private final AuditTrail audit;

	IdentityApi(Registration registration, SellerVerification verification, RoleAdministration roles,
			Organisations organisations, AuditTrail audit) {
		this.registration = registration;
		this.verification = verification;
		this.roles = roles;
		this.organisations = organisations;
		this.audit = audit;
	}

	record RegistrationRequest(@NotNull OrganisationKind kind, @Size(max = 200) @Nullable String organisationName,
			@NotBlank @Size(max = 120) String displayName, @Email @Size(max = 254) @Nullable String email,
			@NotBlank @Size(min = Registration.MIN_PASSWORD_LENGTH, max = 200) String password,
			@NotNull CountryCode country, @Size(max = 40) @Nullable String phone,
			@Pattern(regexp = "en|fr|rw|zh") @Nullable String language) {
	}

	record UserView(UUID id, String email, String displayName, Set<Role> roles, OrganisationView organisation) {
	}

	record OrganisationView(UUID id, String name, OrganisationKind kind, CountryCode country, HubCode hub,
			Verification verification, @Nullable String verificationReason, @Nullable Instant verifiedAt) {

		static OrganisationView of(Organisation o) {
			return new OrganisationView(o.id().value(), o.name(), o.kind(), o.country(), o.hub(), o.verification(),
					o.verificationReason(), o.verifiedAt());
		}
	}

	/**
	 * @param confirmIncompleteDocuments verify although required documents are not all
	 * checked (the operator checked them another way); without it such a verification
	 * answers 409
	 */
	record VerificationDecision(@NotNull Verification decision, @Size(max = 500) @Nullable String reason,
			@Nullable Boolean confirmIncompleteDocuments) {
	}

	record RolesRequest(@NotEmpty Set<Role> roles) {
	}

	@PostMapping("/registrations")
	@Operation(summary = "Register a buyer or seller organisation with its first user",
			description = "Sellers start PENDING until their hub verifies them. Sellers may leave out the e-mail: their phone number (as typed, read in the country's numbering plan) is then their login. Passwords: at least 10 characters, not a common one, not containing the e-mail, phone or name.")
	ResponseEntity<UserView> register(@Valid @RequestBody RegistrationRequest request) {
		var registered = registration.register(new Registration.Application(request.kind(), request.organisationName(),
				request.displayName(), request.email(), request.password(), request.country(), request.phone(),
				request.language() == null ? "en" : request.language()));
		UserView view = new UserView(registered.user().id().value(), registered.user().email(),
				registered.user().displayName(), registered.user().roles(),
				OrganisationView.of(registered.organisation()));
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + registered.organisation().id())).body(view);
	}

	/** 429 with Retry-After, as for throttled sign-ins ({@link TokenApi}). */
	@ExceptionHandler(RegistrationThrottle.Throttled.class)
	ResponseEntity<ProblemDetail> registrationThrottled(RegistrationThrottle.Throttled e) {
		return ProblemJson.response(HttpStatus.TOO_MANY_REQUESTS, "Too many registration attempts", e.getMessage())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.build();
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user and their organisation")
	UserView me(CurrentUser user) {
		return new UserView(user.id().value(), user.email(), user.displayName(), user.roles(),
				OrganisationView.of(organisations.findById(user.organisationId()).orElseThrow()));
	}

	@GetMapping("/organisations/{id}")
	@Operation(summary = "One organisation",
			description = "Your own; hub operators also see the sellers of their hub; admins all. Others answer 404.")
	OrganisationView organisation(CurrentUser user, @PathVariable OrganisationId id) {
		if (user.belongsTo(id)) {
			return OrganisationView
				.of(organisations.findById(id).orElseThrow(() -> org.isoko.shared.NotFound.of("Organisation", id)));
		}
		if (!user.has(Role.HUB_OPERATOR)) {
			throw org.isoko.shared.NotFound.of("Organisation", id);
		}
		return OrganisationView.of(verification.seller(user, id));
	}

	@GetMapping("/organisations")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Seller organisations of my hub",
			description = "Filter by verification state, e.g. ?verification=PENDING.")
	PageOf<OrganisationView> sellers(CurrentUser user,
			@RequestParam(required = false) @Nullable Verification verification,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.verification.sellers(user, verification, PageRequest.of(page, size)).map(OrganisationView::of);
	}

	@PostMapping("/organisations/{id}/verification")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Verify or reject a seller organisation",
			description = "decision VERIFIED, or REJECTED with a reason. VERIFIED answers 409 while a required document "
					+ "is missing or not checked, unless confirmIncompleteDocuments is true.")
	OrganisationView decide(CurrentUser user, @PathVariable OrganisationId id,
			@Valid @RequestBody VerificationDecision decision) {
		Organisation result = switch (decision.decision()) {
			case VERIFIED -> verification.verify(user, id, Boolean.TRUE.equals(decision.confirmIncompleteDocuments()));
			case REJECTED -> verification.reject(user, id, decision.reason());
			default -> throw new org.isoko.shared.InvalidInput("decision", "decision must be VERIFIED or REJECTED");
		};
		return OrganisationView.of(result);
	}

	@PutMapping("/users/{id}/roles")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace a user's roles (admins only; audited)")
	UserView changeRoles(CurrentUser admin, @PathVariable UserId id, @Valid @RequestBody RolesRequest request) {
		UserAccount user = roles.changeRoles(admin, id, request.roles());
		return new UserView(user.id().value(), user.email(), user.displayName(), user.roles(),
				OrganisationView.of(organisations.findById(user.organisationId()).orElseThrow()));
	}

	@GetMapping("/audit-events")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The audit log, newest first (admins only)",
			description = "Filter by action, e.g. ?action=LOGIN_FAILED.")
	PageOf<AuditTrail.Entry> auditEvents(@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return audit.entries(action == null || action.isBlank() ? null : action.trim().toUpperCase(Locale.ROOT),
				PageRequest.of(page, size));
	}

}
