package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * No event is published per request: nothing listens to Spring MVC's
 * {@link ServletRequestHandledEvent}, and publishing it cost every API call a pass
 * through the event multicaster (seen in the profile of the checkout benchmark). MockMvc
 * runs its own servlet, which publishes anyway, so the server's servlet is checked.
 */
class RequestHandledEventsIntegrationTests extends OrderingTestSupport {

	@Autowired
	DispatcherServlet dispatcher;

	@Test
	void theServerPublishesNoRequestHandledEvent() {
		assertThat(ReflectionTestUtils.getField(dispatcher, "publishEvents")).isEqualTo(false);
	}

}
