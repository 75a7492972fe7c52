package dev.assistant.chat.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test-only infrastructure for every test of this module. */
@QuarkusTestResource(RedisServer.class)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
