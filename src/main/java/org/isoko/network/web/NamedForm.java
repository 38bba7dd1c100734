package org.isoko.network.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The name fields the country and hub forms share: the English name and, optionally, the
 * names in French, Kinyarwanda and Chinese.
 */
public abstract class NamedForm extends DatedForm {

	private @Nullable String name;

	private @Nullable String nameFr;

	private @Nullable String nameRw;

	private @Nullable String nameZh;

	/** Fills the name fields from what is stored. */
	void names(String english, Map<String, String> others) {
		name = english;
		nameFr = others.get("fr");
		nameRw = others.get("rw");
		nameZh = others.get("zh");
	}

	/** The English name as typed, or empty for the domain check to refuse. */
	String englishName() {
		return name == null ? "" : name;
	}

	/** The names in other languages as typed; languages left empty are left out. */
	Map<String, String> otherNames() {
		Map<String, String> names = new LinkedHashMap<>();
		putIfPresent(names, "fr", nameFr);
		putIfPresent(names, "rw", nameRw);
		putIfPresent(names, "zh", nameZh);
		return names;
	}

	private static void putIfPresent(Map<String, String> names, String lang, @Nullable String name) {
		if (name != null && !name.isBlank()) {
			names.put(lang, name);
		}
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getNameFr() {
		return nameFr;
	}

	public void setNameFr(@Nullable String nameFr) {
		this.nameFr = nameFr;
	}

	public @Nullable String getNameRw() {
		return nameRw;
	}

	public void setNameRw(@Nullable String nameRw) {
		this.nameRw = nameRw;
	}

	public @Nullable String getNameZh() {
		return nameZh;
	}

	public void setNameZh(@Nullable String nameZh) {
		this.nameZh = nameZh;
	}

}
