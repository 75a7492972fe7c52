package dev.assistant.helm;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.assistant.helm.RenderedChart.envSecret;
import static dev.assistant.helm.RenderedChart.envValue;
import static dev.assistant.helm.RenderedChart.hasEnv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TLS, SASL and passwords for PostgreSQL, Kafka and Redis: from Secrets, never from values. */
class SecureConnectionsTest {

    @Test
    void plainByDefault() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of());
        JsonNode chat = chart.app("chat");
        assertThat(envValue(chat, "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE"))
                .isEqualTo("disable");
        assertThat(envValue(chat, "KAFKA_SECURITY_PROTOCOL")).isEqualTo("PLAINTEXT");
        assertThat(hasEnv(chat, "KAFKA_SASL_JAAS_CONFIG")).isFalse();
        assertThat(hasEnv(chat, "QUARKUS_REDIS_PASSWORD")).isFalse();
        assertThat(envValue(chart.init("chat"), "PGSSLMODE")).isEqualTo("disable");
    }

    @Test
    void postgresqlVerifiesTheServerWithTheCaFromASecret() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.TLS_AND_SASL);
        for (String service : new String[] {"chat", "goals", "search"}) {
            JsonNode app = chart.app(service);
            assertThat(envValue(app, "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE"))
                    .isEqualTo("verify-full");
            assertThat(envValue(app, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM"))
                    .isEqualTo("true");
            assertThat(envValue(app, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS"))
                    .isEqualTo("/etc/assistant/tls/postgresql/ca.crt");
            assertThat(envValue(app, "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM"))
                    .isEqualTo("HTTPS");
            JsonNode init = chart.init(service);
            assertThat(envValue(init, "MIGRATION_DB_URL"))
                    .isEqualTo(
                            "jdbc:postgresql://postgresql:5432/"
                                    + service
                                    + "?sslmode=verify-full&sslrootcert=/etc/assistant/tls/postgresql/ca.crt");
            // pg_dump (libpq) reads these.
            assertThat(envValue(init, "PGSSLMODE")).isEqualTo("verify-full");
            assertThat(envValue(init, "PGSSLROOTCERT"))
                    .isEqualTo("/etc/assistant/tls/postgresql/ca.crt");
            assertThat(mountPath(app, "postgresql-ca")).isEqualTo("/etc/assistant/tls/postgresql");
            assertThat(mountPath(init, "postgresql-ca")).isEqualTo("/etc/assistant/tls/postgresql");
            assertThat(secretOfVolume(chart.pod(service), "postgresql-ca")).isEqualTo("pg-ca");
        }
        assertThatThrownBy(() -> RenderedChart.render(Map.of("database.sslMode", "verify-ca")))
                .hasMessageContaining("database.caSecret.name is required");
    }

    @Test
    void kafkaSaslSslWithCredentialsAndTruststoreFromSecrets() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.TLS_AND_SASL);
        for (String service : new String[] {"chat", "goals", "search"}) {
            JsonNode app = chart.app(service);
            assertThat(envValue(app, "KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
            assertThat(envValue(app, "KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
            assertThat(envSecret(app, "ASSISTANT_KAFKA_SASL_USERNAME"))
                    .isEqualTo("kafka-client/username");
            assertThat(envSecret(app, "ASSISTANT_KAFKA_SASL_PASSWORD"))
                    .isEqualTo("kafka-client/password");
            // Kubernetes expands $(VAR) from the earlier Secret-backed variables: no password in
            // the spec.
            assertThat(envValue(app, "KAFKA_SASL_JAAS_CONFIG"))
                    .isEqualTo(
                            "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                    + " username=\"$(ASSISTANT_KAFKA_SASL_USERNAME)\""
                                    + " password=\"$(ASSISTANT_KAFKA_SASL_PASSWORD)\";");
            assertThat(envValue(app, "KAFKA_SSL_TRUSTSTORE_TYPE")).isEqualTo("PEM");
            assertThat(envValue(app, "KAFKA_SSL_TRUSTSTORE_LOCATION"))
                    .isEqualTo("/etc/assistant/tls/kafka/ca.crt");
            assertThat(secretOfVolume(chart.pod(service), "kafka-ca")).isEqualTo("kafka-ca");
        }
        Map<String, Object> jaas = new HashMap<>(Variations.TLS_AND_SASL);
        jaas.put("kafka.sasl.mechanism", "PLAIN");
        jaas.put("kafka.sasl.jaasConfigKey", "sasl.jaas.config");
        JsonNode app = RenderedChart.render(jaas).app("goals");
        assertThat(envSecret(app, "KAFKA_SASL_JAAS_CONFIG"))
                .isEqualTo("kafka-client/sasl.jaas.config");
        assertThat(hasEnv(app, "ASSISTANT_KAFKA_SASL_PASSWORD")).isFalse();
        assertThatThrownBy(
                        () ->
                                RenderedChart.render(
                                        Map.of("kafka.securityProtocol", "SASL_PLAINTEXT")))
                .hasMessageContaining("kafka.sasl.existingSecret is required");
    }

    @Test
    void redisPasswordAndTlsForChatOnly() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.TLS_AND_SASL);
        JsonNode chat = chart.app("chat");
        assertThat(envSecret(chat, "QUARKUS_REDIS_PASSWORD")).isEqualTo("redis-auth/password");
        assertThat(envValue(chat, "QUARKUS_REDIS_HOSTS")).isEqualTo("rediss://redis:6380");
        assertThat(envValue(chat, "QUARKUS_REDIS_TLS_ENABLED")).isEqualTo("true");
        assertThat(envValue(chat, "QUARKUS_REDIS_TLS_TRUST_CERTIFICATE_PEM_CERTS"))
                .isEqualTo("/etc/assistant/tls/redis/ca.crt");
        assertThat(secretOfVolume(chart.pod("chat"), "redis-ca")).isEqualTo("redis-ca");
        assertThat(hasEnv(chart.app("goals"), "QUARKUS_REDIS_PASSWORD")).isFalse();
    }

    @Test
    void noSecretValueAppearsInTheManifest() throws Exception {
        RenderedChart chart = RenderedChart.renderWithHooks(Variations.TLS_AND_SASL);
        for (JsonNode object : chart.objects) {
            for (JsonNode env : object.findValues("env")) {
                for (JsonNode e : env) {
                    String name = e.path("name").asText();
                    if (name.contains("PASSWORD")
                            || name.endsWith("JAAS_CONFIG")
                            || name.endsWith("TOKEN")) {
                        // Either a secretKeyRef, or a value made only of $(references) to one.
                        assertThat(
                                        e.has("valueFrom")
                                                || e.path("value")
                                                        .asText()
                                                        .contains(
                                                                "$(ASSISTANT_KAFKA_SASL_PASSWORD)"))
                                .as(name + " in " + object.path("metadata").path("name").asText())
                                .isTrue();
                    }
                }
            }
        }
    }

    static String mountPath(JsonNode container, String volume) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (volume.equals(m.path("name").asText())) {
                return m.path("mountPath").asText();
            }
        }
        throw new AssertionError("no mount of " + volume + " in " + container);
    }

    static String secretOfVolume(JsonNode pod, String volume) {
        for (JsonNode v : pod.path("volumes")) {
            if (volume.equals(v.path("name").asText())) {
                return v.path("secret").path("secretName").asText();
            }
        }
        throw new AssertionError("no volume " + volume + " in " + pod);
    }
}
