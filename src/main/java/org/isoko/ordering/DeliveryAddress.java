package org.isoko.ordering;

import java.util.LinkedHashMap;
import java.util.Map;

import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/**
 * Where the buyer wants the goods. Always valid: built through {@link #of}, which names
 * the first bad field.
 */
public record DeliveryAddress(String name, Msisdn phone, String line, String city, String region,
		@Nullable String postcode, CountryCode country) {

	/**
	 * Every problem of a submitted address, by field name (empty when it is valid): pages
	 * show them all at once.
	 */
	public static Map<String, String> problems(@Nullable String name, @Nullable String phone, @Nullable String line,
			@Nullable String city, @Nullable String region, @Nullable String postcode) {
		Map<String, String> problems = new LinkedHashMap<>();
		required(problems, "name", name, 120);
		required(problems, "line", line, 200);
		required(problems, "city", city, 100);
		required(problems, "region", region, 100);
		if (phone == null || phone.isBlank()) {
			problems.put("phone", "phone is required, in international form, e.g. +8613800138000");
		}
		else {
			try {
				Msisdn.of(phone);
			}
			catch (IllegalArgumentException e) {
				problems.put("phone", e.getMessage());
			}
		}
		if (postcode != null && postcode.trim().length() > 20) {
			problems.put("postcode", "postcode must be at most 20 characters");
		}
		return problems;
	}

	/**
	 * @throws InvalidInput naming the first bad field, prefixed with {@code fieldPrefix}
	 * (e.g. "deliveryAddress.")
	 */
	public static DeliveryAddress of(@Nullable String name, @Nullable String phone, @Nullable String line,
			@Nullable String city, @Nullable String region, @Nullable String postcode, CountryCode country,
			String fieldPrefix) {
		Map<String, String> problems = problems(name, phone, line, city, region, postcode);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new InvalidInput(fieldPrefix + first.getKey(), first.getValue());
		}
		return new DeliveryAddress(name.trim(), Msisdn.of(phone), line.trim(), city.trim(), region.trim(),
				postcode == null || postcode.isBlank() ? null : postcode.trim(), country);
	}

	private static void required(Map<String, String> problems, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			problems.put(field, field + " is required");
		}
		else if (value.trim().length() > max) {
			problems.put(field, field + " must be at most " + max + " characters");
		}
	}
}
