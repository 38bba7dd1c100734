package org.isoko.ordering;

import org.isoko.support.PostgresTest;

/** The landed-cost checkout and China's cross-border retail limits on PostgreSQL. */
@PostgresTest
class LandedCostCheckoutPostgresTests extends LandedCostCheckoutIntegrationTests {

}
