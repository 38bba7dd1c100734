package org.isoko.network.web;

import org.jspecify.annotations.Nullable;

/**
 * The fields every form of reference data shares: where the data comes from, as typed.
 */
public abstract class SourcedForm {

	private @Nullable String source;

	private @Nullable String sourceUrl;

	void sourced(String source, @Nullable String sourceUrl) {
		this.source = source;
		this.sourceUrl = sourceUrl;
	}

	/** The source as typed, or empty for the domain check to refuse. */
	String sourceText() {
		return source == null ? "" : source;
	}

	public @Nullable String getSource() {
		return source;
	}

	public void setSource(@Nullable String source) {
		this.source = source;
	}

	public @Nullable String getSourceUrl() {
		return sourceUrl;
	}

	public void setSourceUrl(@Nullable String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

}
