package org.isoko.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The registration page's form (a bean, because Thymeleaf binds fields through getters
 * and setters).
 */
public class RegistrationForm {

	@NotNull(message = "{identity.register.kind.required}")
	private @Nullable OrganisationKind kind = OrganisationKind.CONSUMER;

	@Size(max = 200)
	private @Nullable String organisationName;

	@NotBlank(message = "{identity.register.name.required}")
	@Size(max = 120)
	private @Nullable String displayName;

	// Optional for sellers, whose phone number is then their login (checked by
	// Registration).
	@Email(message = "{identity.register.email.invalid}")
	@Size(max = 254)
	private @Nullable String email;

	@NotBlank(message = "{identity.register.password.required}")
	@Size(min = Registration.MIN_PASSWORD_LENGTH, max = PasswordPolicy.MAX_LENGTH,
			message = "{identity.register.password.size}")
	private @Nullable String password;

	@NotBlank(message = "{identity.register.country.required}")
	private @Nullable String country;

	private @Nullable String phone;

	public @Nullable OrganisationKind getKind() {
		return kind;
	}

	public void setKind(@Nullable OrganisationKind kind) {
		this.kind = kind;
	}

	public @Nullable String getOrganisationName() {
		return organisationName;
	}

	public void setOrganisationName(@Nullable String organisationName) {
		this.organisationName = organisationName;
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

}
