package org.isoko.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, registration, the account page and the user's API tokens. */
@Controller
class IdentityPages {

	/**
	 * How long a hub usually takes to verify a seller, as told to pending sellers
	 * (working days).
	 */
	static final int VERIFICATION_DAYS = 2;

	private final Registration registration;

	private final HubDirectory hubs;

	private final CurrentUsers currentUsers;

	private final Organisations organisations;

	private final ApiTokens tokens;

	private final Clock clock;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final PasswordChange passwordChange;

	IdentityPages(Registration registration, HubDirectory hubs, CurrentUsers currentUsers, Organisations organisations,
			ApiTokens tokens, PasswordChange passwordChange, Clock clock) {
		this.registration = registration;
		this.passwordChange = passwordChange;
		this.hubs = hubs;
		this.currentUsers = currentUsers;
		this.organisations = organisations;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable Long minutes,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(name = SignInTarget.PARAMETER, required = false) @Nullable String target, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("target", SignInTarget.safe(target).orElse(null));
		model.addAttribute("minutes", minutes == null ? 15 : minutes);
		model.addAttribute("email", email);
		return "identity/login";
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return registerPage(model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		CountryCode country = parse(errors, "country", () -> CountryCode.of(form.getCountry()));
		if (errors.hasErrors()) {
			return registerPage(model);
		}
		try {
			var registered = registration.register(new Registration.Application(form.getKind(),
					form.getOrganisationName(), form.getDisplayName(), form.getEmail(), form.getPassword(), country,
					form.getPhone(), LocaleContextHolder.getLocale().getLanguage()));
			signIn(registered.user(), request, response);
			redirect.addFlashAttribute("registered", registered.organisation().name());
			return "redirect:/account";
		}
		catch (PasswordPolicy.WeakPassword e) {
			errors.rejectValue("password", e.messageCode(), e.getMessage());
		}
		catch (RegistrationThrottle.Throttled e) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			errors.reject("identity.register.throttled", new Object[] { e.retryAfterMinutes() }, e.getMessage());
		}
		catch (InvalidInput e) {
			errors.rejectValue(e.field() == null ? "email" : e.field(), "invalid", e.getMessage());
		}
		catch (Conflict e) {
			errors.rejectValue(isBlank(form.getEmail()) ? "phone" : "email", "taken", e.getMessage());
		}
		return registerPage(model);
	}

	/**
	 * Whoever just registered is signed in, as after the sign-in form: a new session id
	 * (no fixation) holding the security context.
	 */
	private void signIn(UserAccount user, HttpServletRequest request, HttpServletResponse response) {
		IsokoPrincipal principal = new IsokoPrincipal(user);
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.getSession(true);
		request.changeSessionId();
		sessions.saveContext(context, request, response);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	@GetMapping("/account")
	String account(CurrentUser user, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return accountPage(user, model);
	}

	/**
	 * The account page again with the errors by their fields, or back to it saying the
	 * password changed. The fields are never shown back filled in.
	 */
	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			passwordChange.change(user, form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword());
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/account";
		}
		catch (PasswordChange.WrongCurrentPassword e) {
			errors.rejectValue("currentPassword", "identity.passwordChange.wrongCurrent", e.getMessage());
		}
		catch (PasswordChange.ConfirmationDiffers e) {
			errors.rejectValue("confirmPassword", "identity.passwordChange.differs", e.getMessage());
		}
		catch (PasswordPolicy.WeakPassword e) {
			errors.rejectValue("newPassword", e.messageCode(), e.getMessage());
		}
		return accountPage(user, model);
	}

	private String accountPage(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		Organisation organisation = organisations.findById(user.organisationId()).orElseThrow();
		model.addAttribute("organisation", organisation);
		model.addAttribute("verificationDays", VERIFICATION_DAYS);
		return "identity/account";
	}

	@GetMapping("/account/tokens")
	String tokens(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("tokens",
				tokens.ownedBy(user.id(), PageRequest.of(page, 20)).map(t -> TokenApi.view(t, clock.instant())));
		return "identity/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer expiresInDays, RedirectAttributes redirect) {
		try {
			var issued = tokens.issue(currentUsers.requireAccount(), name, expiresInDays);
			// Shown once on the next page (flash attributes live in the session for one
			// request), never in a URL.
			redirect.addFlashAttribute("newToken", issued.secret());
			redirect.addFlashAttribute("newTokenName", issued.token().name());
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("tokenError", e.getMessage());
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		ApiToken revoked = tokens.revoke(currentUsers.requireAccount(), id);
		redirect.addFlashAttribute("revoked", revoked.name());
		return "redirect:/account/tokens";
	}

	private String registerPage(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<CountryOption> countries = hubs.hubs()
			.stream()
			.map(h -> new CountryOption(h.country().value(), h.country().displayName(locale) + " — " + h.name()))
			.distinct()
			.toList();
		model.addAttribute("countries", countries);
		model.addAttribute("kinds", OrganisationKind.SELF_REGISTERED.stream().sorted().toList());
		return "identity/register";
	}

	record CountryOption(String code, String label) {
	}

	private static <T> @Nullable T parse(BindingResult errors, String field, java.util.function.Supplier<T> parser) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return parser.get();
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "invalid", e.getMessage());
			return null;
		}
	}

}
