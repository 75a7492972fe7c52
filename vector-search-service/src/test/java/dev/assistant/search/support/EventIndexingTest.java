package dev.assistant.search.support;

import java.time.Duration;
import java.util.UUID;

import dev.assistant.kit.testing.TestEventProducer;
import dev.assistant.kit.testing.TopicReader;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a test of one incoming channel needs: a producer onto the channel's real topic, a fresh
 * owner and their search through the API, the search rows, and the channel's dead-letter topic.
 */
public abstract class EventIndexingTest {

    protected static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject protected Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrap;

    protected TestEventProducer events;
    protected SearchRows rows;
    protected String owner;
    protected OwnerSearch search;

    private final String channel;
    private final String ownerPrefix;

    protected EventIndexingTest(String channel, String ownerPrefix) {
        this.channel = channel;
        this.ownerPrefix = ownerPrefix;
    }

    @BeforeEach
    void connect() {
        events = TestEventProducer.forIncomingChannel(channel);
        rows = new SearchRows(pool);
        owner = ownerPrefix + "-" + UUID.randomUUID();
        search = new OwnerSearch(owner);
    }

    @AfterEach
    void close() {
        events.close();
    }

    /** A reader of the channel's dead-letter topic. */
    protected TopicReader deadLetters() {
        String topic =
                ConfigProvider.getConfig()
                        .getValue(
                                "mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                                String.class);
        return new TopicReader(bootstrap, topic);
    }
}
