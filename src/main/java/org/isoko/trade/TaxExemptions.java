package org.isoko.trade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.OrganisationKind;
import org.isoko.identity.OrganisationSummary;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.tariff.ReferenceDataFiles;
import org.isoko.trade.tariff.TaxExemption;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' tax-exemption certificates and the exemptions they earn in quotes. A buyer
 * organisation (a registered processor, not a private consumer) declares its certificate
 * (number, validity); the operator of its hub checks the document and approves or refuses
 * it (recorded on the certificate and in the audit log). A quote for that buyer into the
 * certificate's country then waives the tax on the HS codes the exemption covers
 * ({@code trade/reference-data/tax-exemptions.csv}), citing the law and the certificate,
 * while the certificate is approved and valid on the quote's day.
 */
@Service
public class TaxExemptions {

	/** Rwanda's VAT exemption on machinery and capital goods of registered processors. */
	public static final String CAPITAL_GOODS_PROCESSOR = "CAPITAL_GOODS_PROCESSOR";

	public static final String DECLARED = "TAX_EXEMPTION_DECLARED";

	public static final String APPROVED = "TAX_EXEMPTION_APPROVED";

	public static final String REFUSED = "TAX_EXEMPTION_REFUSED";

	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./_-]{2,59}");

	private final List<TaxExemption> rules = ReferenceDataFiles.taxExemptionsFromClasspath();

	private final ExemptionCertificateStore store;

	private final OrganisationDirectory organisations;

	private final AuditTrail audit;

	private final Clock clock;

	TaxExemptions(ExemptionCertificateStore store, OrganisationDirectory organisations, AuditTrail audit, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The exemptions of {@code importer} for the condition, in force today. */
	public List<TaxExemption> rules(CountryCode importer) {
		LocalDate today = LocalDate.now(clock);
		return rules.stream()
			.filter(r -> r.importer().equals(importer) && r.condition().equals(CAPITAL_GOODS_PROCESSOR)
					&& r.isValidOn(today))
			.toList();
	}

	/**
	 * Declares the buyer organisation's certificate; it waives nothing until its hub
	 * operator approves it.
	 * @throws InvalidInput naming the field: a consumer or a country without such an
	 * exemption ("organisation"), a malformed or already declared number ("number"), a
	 * validity that is missing, reversed or already over ("validFrom", "validTo")
	 */
	@Transactional
	public ExemptionCertificate declare(CurrentUser buyer, @Nullable String number, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo) {
		OrganisationSummary organisation = organisations.find(buyer.organisationId())
			.orElseThrow(() -> new NotFound("There is no organisation " + buyer.organisationId()));
		if (organisation.kind() == OrganisationKind.CONSUMER) {
			throw new InvalidInput("organisation", "A tax exemption for capital goods is held by a registered "
					+ "processor (a company or cooperative); a private consumer cannot declare one");
		}
		if (rules(organisation.country()).isEmpty()) {
			throw new InvalidInput("organisation", "No tax exemption for processors' capital goods is defined for "
					+ "imports into " + organisation.country());
		}
		String trimmed = number == null ? "" : number.trim();
		if (!NUMBER.matcher(trimmed).matches()) {
			throw new InvalidInput("number",
					"The certificate number has 3 to 60 letters, digits, spaces or . / _ -, got '" + trimmed + "'");
		}
		if (validFrom == null) {
			throw new InvalidInput("validFrom", "Give the day the certificate is valid from");
		}
		if (validTo == null) {
			throw new InvalidInput("validTo", "Give the day the certificate expires");
		}
		if (!validTo.isAfter(validFrom)) {
			throw new InvalidInput("validTo", "The certificate must expire after it starts (" + validFrom + ")");
		}
		if (validTo.isBefore(LocalDate.now(clock))) {
			throw new InvalidInput("validTo", "This certificate expired on " + validTo + "; declare the current one");
		}
		if (store.exists(organisation.id(), CAPITAL_GOODS_PROCESSOR, trimmed)) {
			throw new InvalidInput("number", "Certificate " + trimmed + " is already declared");
		}
		ExemptionCertificate certificate = new ExemptionCertificate(UUID.randomUUID(), organisation.id(),
				organisation.name(), organisation.hub(), organisation.country(), CAPITAL_GOODS_PROCESSOR, trimmed,
				validFrom, validTo, ExemptionStatus.PENDING, buyer.id(), clock.instant(), null, null, null);
		store.insert(certificate);
		audit.record(DECLARED, certificate.id().toString(),
				"certificate " + trimmed + " of " + organisation.name() + ", valid " + validFrom + " to " + validTo);
		return certificate;
	}

	/**
	 * @throws NotFound when the certificate is not of a hub the operator runs
	 * @throws Conflict when it was already decided
	 */
	@Transactional
	public ExemptionCertificate approve(CurrentUser operator, UUID id) {
		ExemptionCertificate decided = reviewable(operator, id).approve(operator.id(), clock.instant());
		record(decided);
		audit.record(APPROVED, id.toString(), "certificate " + decided.number() + " of " + decided.organisationName());
		return decided;
	}

	/**
	 * @throws InvalidInput naming "reason" when no reason is given
	 */
	@Transactional
	public ExemptionCertificate refuse(CurrentUser operator, UUID id, @Nullable String reason) {
		String why = reason == null ? "" : reason.trim();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInput("reason", "Say why the certificate is refused (up to 500 characters)");
		}
		ExemptionCertificate decided = reviewable(operator, id).refuse(operator.id(), why, clock.instant());
		record(decided);
		audit.record(REFUSED, id.toString(),
				"certificate " + decided.number() + " of " + decided.organisationName() + ": " + why);
		return decided;
	}

	/** A certificate as its organisation or the operator of its hub sees it. */
	public ExemptionCertificate certificate(CurrentUser user, UUID id) {
		return store.find(id)
			.filter(c -> user.belongsTo(c.organisation()) || user.operates(c.hub()))
			.orElseThrow(() -> new NotFound("There is no exemption certificate " + id));
	}

	public PageOf<ExemptionCertificate> ofOrganisation(OrganisationId organisation, PageRequest page) {
		return store.ofOrganisation(organisation, page);
	}

	/** The certificates of the operator's hub (every hub for an admin), pending first. */
	public PageOf<ExemptionCertificate> forReview(CurrentUser operator, @Nullable ExemptionStatus status,
			PageRequest page) {
		HubCode hub = operator.isAdmin() ? null : operator.hub();
		return store.forReview(hub, status, page);
	}

	/**
	 * The exemptions the organisation holds for imports into {@code importer} on
	 * {@code day}: its approved certificates valid that day, each with the rules of its
	 * condition.
	 */
	List<TaxExemption.Held> held(OrganisationId organisation, CountryCode importer, LocalDate day) {
		if (rules.stream().noneMatch(rule -> rule.importer().equals(importer))) {
			// No exemption into this country: no certificate waives anything there, so
			// an order into China or Kenya does not read them.
			return List.of();
		}
		List<TaxExemption.Held> held = new ArrayList<>();
		for (ExemptionCertificate certificate : store.approved(organisation)) {
			if (!certificate.exemptsOn(day) || !certificate.importer().equals(importer)) {
				continue;
			}
			for (TaxExemption rule : rules) {
				if (rule.importer().equals(importer) && rule.condition().equals(certificate.condition())) {
					held.add(new TaxExemption.Held(rule, certificate.number()));
				}
			}
		}
		return held;
	}

	private ExemptionCertificate reviewable(CurrentUser operator, UUID id) {
		return store.find(id)
			.filter(c -> operator.operates(c.hub()))
			.orElseThrow(() -> new NotFound("There is no exemption certificate " + id + " at your hub"));
	}

	private void record(ExemptionCertificate decided) {
		if (!store.decide(decided)) {
			throw new Conflict("Certificate " + decided.number() + " was decided meanwhile; reload it");
		}
	}

}
