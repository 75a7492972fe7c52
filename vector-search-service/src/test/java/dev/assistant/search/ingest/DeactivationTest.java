package dev.assistant.search.ingest;

import dev.assistant.kit.testing.DeactivationChecks;
import dev.assistant.kit.testing.TestEventProducer;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * One deactivation rule for the suite: this service refuses whom chat-service's admins deactivated.
 */
@QuarkusTest
class DeactivationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.chat-events.topic")
    String topic;

    @Test
    void aDeactivatedUserIsRefusedAndAReactivatedOneServedAgain() {
        try (TestEventProducer events = new TestEventProducer(bootstrap, topic)) {
            DeactivationChecks.verify(events, "/api/search?q=x");
        }
    }
}
