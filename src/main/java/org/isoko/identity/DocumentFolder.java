package org.isoko.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A seller organisation's documents by kind: for each kind its country asks for, the
 * current document (if any) and the ones it replaced.
 */
public record DocumentFolder(OrganisationSummary organisation, List<Entry> entries) {

	public record Entry(DocumentKind kind, @Nullable SellerDocument current, List<SellerDocument> replaced) {

		/**
		 * Required and not (yet) checked: missing, waiting for the operator or refused.
		 */
		public boolean blocksVerification() {
			return kind.required() && (current == null || current.review() != DocumentReview.CHECKED);
		}

	}

	/** The required kinds with no document at all. */
	public List<DocumentKind> missing() {
		return entries.stream().filter(e -> e.kind().required() && e.current() == null).map(Entry::kind).toList();
	}

	/**
	 * The required kinds whose current document is not checked (missing ones included).
	 */
	public List<DocumentKind> notChecked() {
		return entries.stream().filter(Entry::blocksVerification).map(Entry::kind).toList();
	}

	public boolean complete() {
		return notChecked().isEmpty();
	}

	public boolean isEmpty() {
		return entries.stream().allMatch(e -> e.current() == null);
	}

}
