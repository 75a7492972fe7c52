package dev.assistant.search.ingest;

import dev.assistant.kit.testing.DeactivationChecks;
import dev.assistant.kit.testing.TestEventProducer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * One deactivation rule for the suite: this service refuses whom chat-service's admins deactivated.
 */
@QuarkusTest
class DeactivationTest {

    @Test
    void aDeactivatedUserIsRefusedAndAReactivatedOneServedAgain() {
        try (TestEventProducer events = TestEventProducer.forIncomingChannel("chat-events")) {
            DeactivationChecks.verify(events, "/api/search?q=x");
        }
    }
}
