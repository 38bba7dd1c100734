package org.isoko.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, after every module's demo data, repairs the storefront read model for
 * listings written without the catalog's commands (data loaded with SQL, a restored
 * backup). Nothing to do is the normal case and costs three anti-joins.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class SearchIndexReconciliation implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(SearchIndexReconciliation.class);

	private final SearchIndex index;

	SearchIndexReconciliation(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		int repaired = index.reconcile();
		if (repaired > 0) {
			LOG.info("Storefront search: rebuilt the rows of {} lot(s)", repaired);
		}
	}

}
