package org.isoko.trade;

import java.time.Clock;
import java.time.LocalDate;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.shared.PageOf.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A Rwandan coffee processor (processor.rw@isoko.demo, Huye Mountain Coffee Processors
 * Ltd) holding a VAT exemption certificate for machinery, declared by the processor and
 * approved by the Kigali hub operator through the same service a user would go through,
 * so that its quotes for the demo drum pulper (HAM-2026-PULPER, HS 8438.80) show VAT 0.
 * The certificate number is illustrative. Idempotent: nothing is added when the
 * organisation already has a certificate.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class TaxExemptionDemoData implements ApplicationRunner {

	static final String PROCESSOR = "processor.rw@isoko.demo";

	static final String CERTIFICATE = "RW-VATX-2026-0142";

	private static final Logger LOG = LoggerFactory.getLogger(TaxExemptionDemoData.class);

	private final TaxExemptions exemptions;

	private final UserDirectory users;

	private final Clock clock;

	TaxExemptionDemoData(TaxExemptions exemptions, UserDirectory users, Clock clock) {
		this.exemptions = exemptions;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser processor = users.findByEmail(PROCESSOR).orElse(null);
		CurrentUser operator = users.findByEmail("operator.kigali@isoko.demo").orElse(null);
		if (processor == null || operator == null
				|| !exemptions.ofOrganisation(processor.organisationId(), new PageRequest(0, 1)).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		ExemptionCertificate certificate = exemptions.declare(processor, CERTIFICATE, today.minusMonths(1),
				today.plusYears(1));
		exemptions.approve(operator, certificate.id());
		LOG.info("Seeded the demo VAT exemption certificate {} of {}", CERTIFICATE, processor.organisationName());
	}

}
