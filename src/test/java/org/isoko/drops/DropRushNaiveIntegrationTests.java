package org.isoko.drops;

import org.springframework.test.context.TestPropertySource;

/**
 * The same rush with the naive SELECT … FOR UPDATE strategy: slower, but just as correct.
 */
@TestPropertySource(properties = "isoko.drops.strategy=naive")
class DropRushNaiveIntegrationTests extends DropRushIntegrationTests {

	/**
	 * Every naive request holds a pooled connection while it waits for the drop's row
	 * lock: fewer in flight keeps CI steady.
	 */
	@Override
	int concurrency() {
		return 8;
	}

}
