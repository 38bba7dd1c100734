package org.isoko.logistics.documents;

import java.util.List;

import org.isoko.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A person or business as a document prints it: name, address lines, country, and where a
 * document needs them a phone number and a tax id (the seller's on an invoice).
 */
public record Party(String name, List<String> addressLines, CountryCode country, @Nullable String phone,
		@Nullable String taxId) {

	public Party {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A party on a document needs a name");
		}
		if (country == null) {
			throw new IllegalArgumentException("A party on a document needs a country");
		}
		addressLines = List.copyOf(addressLines);
	}

	public static Party of(String name, CountryCode country, String... addressLines) {
		return new Party(name, List.of(addressLines), country, null, null);
	}

	public Party withPhone(String phone) {
		return new Party(name, addressLines, country, phone, taxId);
	}

	public Party withTaxId(String taxId) {
		return new Party(name, addressLines, country, phone, taxId);
	}

}
