package org.isoko.channels.ussd;

import java.util.Locale;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.Msisdn;

/** Who is on the phone, once their PIN is checked, and the language of their menus. */
public record UssdCaller(CurrentUser user, Msisdn phone, Locale locale) {
}
