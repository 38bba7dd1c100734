package org.isoko.identity;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The rule {@link StrictHttpFirewall} applies to every request header name and value by
 * default, without the regular expression it uses for it: header names may hold only
 * assigned Unicode characters that are not control characters, values the same or tabs.
 * Spring's predicates match a {@code java.util.regex.Pattern} each time a header is read
 * — a few dozen times per API request, a few per cent of a drop order's CPU.
 * {@code HeaderCharactersUnitTests} checks this rule against Spring's expressions for
 * every Unicode code point.
 */
final class HeaderCharacters {

	static final Predicate<String> NAMES = HeaderCharacters::isAllowedName;
	static final Predicate<String> VALUES = HeaderCharacters::isAllowedValue;

	private HeaderCharacters() {
	}

	/** Spring's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
	static boolean isAllowedName(String name) {
		return allowed(name, false);
	}

	/** Spring's {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: the same, and tabs. */
	static boolean isAllowedValue(String value) {
		return allowed(value, true);
	}

	private static boolean allowed(String text, boolean tabs) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int type = Character.getType(c);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabs && c == '\t'))) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/**
	 * Spring Security's strict firewall, with these predicates for header names and
	 * values (parameters keep Spring's).
	 */
	static StrictHttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(NAMES);
		firewall.setAllowedHeaderValues(VALUES);
		return firewall;
	}

}
