package org.isoko.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A seller organisation's registration documents: uploaded by its own members, read by
 * them, by the operators of its hub and by admins — anyone else is told the organisation
 * or document does not exist (404), so ids cannot be probed. Operators check or refuse
 * each document; every upload, replacement and review is in the audit log.
 */
@Service
public class SellerDocuments {

	/** Longest reason an operator gives for refusing a document. */
	public static final int MAX_REASON = 500;

	private final Organisations organisations;

	private final SellerDocumentStore store;

	private final DocumentKinds kinds;

	private final AuditTrail audit;

	private final Clock clock;

	private final DocumentContent content;

	SellerDocuments(Organisations organisations, SellerDocumentStore store, DocumentKinds kinds, AuditTrail audit,
			Clock clock, @Value("${isoko.identity.documents.max-size:10MB}") DataSize maxSize,
			@Value("${isoko.identity.documents.max-pixels:40000000}") long maxPixels) {
		this.organisations = organisations;
		this.store = store;
		this.kinds = kinds;
		this.audit = audit;
		this.clock = clock;
		this.content = new DocumentContent(maxSize.toBytes(), maxPixels);
	}

	/** An upload as received: the bytes decide what it is, the name is only shown. */
	public record Upload(String kind, @Nullable String fileName, byte[] bytes) {
	}

	/** A document's bytes to serve, with the type its content was found to be. */
	public record DocumentFile(OrganisationId organisation, String contentType, String fileName, String sha256,
			byte[] bytes) {
	}

	public long maxBytes() {
		return content.maxBytes();
	}

	@Transactional(readOnly = true)
	public DocumentFolder folder(CurrentUser user, OrganisationId id) {
		Organisation organisation = readable(user, id);
		return folder(organisation);
	}

	@Transactional
	public SellerDocument upload(CurrentUser user, OrganisationId id, Upload upload) {
		Organisation organisation = readable(user, id);
		if (!user.organisationId().equals(id) && !user.isAdmin()) {
			throw new AccessDeniedException("Only the organisation's own members upload its documents");
		}
		DocumentKind kind = kinds.find(organisation.country(), organisation.kind(), upload.kind())
			.orElseThrow(() -> new InvalidInput("kind", "Choose one of the documents asked for your organisation"));
		DocumentContent.Checked checked = content.check(upload.bytes());
		Instant now = clock.instant();
		String name = fileName(upload.fileName(), checked.extension());
		store.lock(id);
		store.saveFile(checked.sha256(), upload.bytes());
		boolean replaces = folder(organisation).entries()
			.stream()
			.anyMatch(e -> e.kind().code().equals(kind.code()) && e.current() != null);
		store.replaceCurrent(id, kind.code(), user.email(), now);
		SellerDocument document = new SellerDocument(UUID.randomUUID(), id, kind.code(), checked.contentType(), name,
				upload.bytes().length, checked.sha256(), user.id(), user.email(), now, null, null,
				DocumentReview.PENDING, null, null, null, 0);
		store.insert(document);
		audit.record(replaces ? AuditActions.SELLER_DOCUMENT_REPLACED : AuditActions.SELLER_DOCUMENT_UPLOADED,
				organisation.name(), "organisation=" + id + ", kind=" + kind.code() + ", document=" + document.id()
						+ ", sha256=" + checked.sha256());
		return document;
	}

	@Transactional(readOnly = true)
	public DocumentFile file(CurrentUser user, UUID documentId) {
		SellerDocument document = store.find(documentId).orElseThrow(() -> NotFound.of("Document", documentId));
		try {
			readable(user, document.organisation());
		}
		catch (NotFound e) {
			throw NotFound.of("Document", documentId);
		}
		byte[] bytes = store.file(document.sha256()).orElseThrow(() -> NotFound.of("Document", documentId));
		return new DocumentFile(document.organisation(), document.contentType(), document.fileName(), document.sha256(),
				bytes);
	}

	/**
	 * An operator of the seller's hub (or an admin) checks or refuses its current
	 * document.
	 */
	@Transactional
	public SellerDocument review(CurrentUser operator, OrganisationId id, UUID documentId, DocumentReview decision,
			@Nullable String reason) {
		Organisation organisation = readable(operator, id);
		if (!operator.operates(organisation.hub())) {
			throw new AccessDeniedException("Only the operators of the seller's hub review its documents");
		}
		SellerDocument document = store.find(documentId)
			.filter(d -> d.organisation().equals(id))
			.orElseThrow(() -> NotFound.of("Document", documentId));
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (decision == DocumentReview.PENDING) {
			throw new InvalidInput("decision", "decision must be CHECKED or REFUSED");
		}
		if (decision == DocumentReview.REFUSED && why == null) {
			throw new InvalidInput("reason", "Tell the seller why the document is refused");
		}
		if (why != null && why.length() > MAX_REASON) {
			throw new InvalidInput("reason", "The reason must be at most " + MAX_REASON + " characters");
		}
		SellerDocument reviewed = document.review(decision, decision == DocumentReview.CHECKED ? null : why,
				operator.email(), clock.instant());
		store.updateReview(reviewed);
		audit.record(
				decision == DocumentReview.CHECKED ? AuditActions.SELLER_DOCUMENT_CHECKED
						: AuditActions.SELLER_DOCUMENT_REFUSED,
				organisation.name(), "organisation=" + id + ", kind=" + document.kind() + ", document=" + documentId
						+ (reviewed.reviewReason() == null ? "" : ", reason=" + reviewed.reviewReason()));
		return reviewed;
	}

	/**
	 * The required kinds whose current document is not checked, for the verification
	 * rule.
	 */
	@Transactional(readOnly = true)
	List<DocumentKind> notChecked(Organisation organisation) {
		return folder(organisation).notChecked();
	}

	DocumentFolder folder(Organisation organisation) {
		List<SellerDocument> all = store.ofOrganisation(organisation.id());
		List<DocumentKind> asked = kinds.forSeller(organisation.country(), organisation.kind());
		List<DocumentFolder.Entry> entries = asked.stream()
			.map(kind -> new DocumentFolder.Entry(kind,
					all.stream().filter(d -> d.kind().equals(kind.code()) && d.current()).findFirst().orElse(null),
					all.stream().filter(d -> d.kind().equals(kind.code()) && !d.current()).toList()))
			.toList();
		return new DocumentFolder(organisation.summary(), entries);
	}

	/**
	 * The seller organisation if this user may read its documents: its own members, the
	 * operators of its hub, admins. Anyone else: not found.
	 */
	private Organisation readable(CurrentUser user, OrganisationId id) {
		return organisations.findById(id)
			.filter(o -> o.kind().sells())
			.filter(o -> user.belongsTo(o.id()) || user.has(Role.HUB_OPERATOR) && user.operates(o.hub()))
			.orElseThrow(() -> NotFound.of("Seller organisation", id));
	}

	/**
	 * The name as shown to people: the uploader's own, without a path, with the real
	 * extension.
	 */
	private static String fileName(@Nullable String given, String extension) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "document";
		}
		if (base.length() > 150) {
			base = base.substring(0, 150);
		}
		return base + "." + extension;
	}

}
