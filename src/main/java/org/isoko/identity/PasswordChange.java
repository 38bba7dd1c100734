package org.isoko.identity;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changes their password: the current one proves it is them (a session
 * left open on a shared phone must not be enough), the new one passes the same policy as
 * at registration. Audited; API tokens stay valid (they are revoked on their own page).
 */
@Service
class PasswordChange {

	/** The current password did not match: a bad input of {@code currentPassword}. */
	static class WrongCurrentPassword extends InvalidInput {

		WrongCurrentPassword() {
			super("currentPassword", "The current password is wrong");
		}

	}

	/** The new password and its confirmation differ. */
	static class ConfirmationDiffers extends InvalidInput {

		ConfirmationDiffers() {
			super("confirmPassword", "The two new passwords are not the same");
		}

	}

	private final UserAccounts users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	PasswordChange(UserAccounts users, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
	}

	/** The refusal of a wrong current password is audited: that write must stay. */
	@Transactional(noRollbackFor = WrongCurrentPassword.class)
	void change(CurrentUser user, String current, String replacement, String confirmation) {
		UserAccount account = users.findById(user.id()).orElseThrow(() -> NotFound.of("User", user.id()));
		if (!encoder.matches(current, account.passwordHash())) {
			audit.recordFor(account, AuditActions.PASSWORD_CHANGE_REFUSED, account.email(), "wrong current password");
			throw new WrongCurrentPassword();
		}
		if (!replacement.equals(confirmation)) {
			throw new ConfirmationDiffers();
		}
		policy.check(replacement, new PasswordPolicy.Owner(account.email(), null, account.displayName()));
		users.changePassword(account.id(), encoder.encode(replacement));
		audit.recordFor(account, AuditActions.PASSWORD_CHANGED, account.email(), null);
	}

}
