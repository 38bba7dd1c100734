package org.isoko.payments;

import org.jspecify.annotations.Nullable;

/**
 * What the buyer must do after a payment was started: approve the prompt on their phone
 * (mobile money), or open the redirect URL / scan the QR code (wallet).
 */
public record NextStep(Kind kind, @Nullable String redirectUrl, @Nullable String qrPayload) {

	public enum Kind {

		APPROVE_ON_PHONE, REDIRECT, NONE

	}

	static NextStep approveOnPhone() {
		return new NextStep(Kind.APPROVE_ON_PHONE, null, null);
	}

	static NextStep none() {
		return new NextStep(Kind.NONE, null, null);
	}
}
