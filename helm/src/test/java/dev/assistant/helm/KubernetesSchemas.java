package dev.assistant.helm;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * Strict JSON Schemas (draft-07) of one Kubernetes release's API, built from the models that
 * kubernetes-client/java generates from that release's OpenAPI spec
 * (api/openapi-spec/swagger.json): client-java-api 20.0.x is Kubernetes 1.28 (it has 1.28's APIs
 * and none of 1.29's), 21.0.0 is 1.30, 22.0.0 is 1.31; no client-java release was generated from
 * 1.29, so 1.28 stands below it. Each model keeps every property of its definition (the field's
 * {@code @SerializedName}), its type, and the definition's required list ({@code
 * openapiRequiredFields}); the spec itself is not published in any registry this project can reach.
 *
 * <p>Strict as kubectl --validate=strict: every object definition gets additionalProperties:false
 * (Kubernetes' definitions leave it open), except free-form values (maps of strings, and the
 * x-kubernetes-preserve-unknown-fields / RawExtension fields, typed Object in the models), which
 * stay open. Int-or-string (IntOrString) takes an integer or a string; Quantity a string or a
 * number, as the API server decodes it.
 */
final class KubernetesSchemas {

    /** Kubernetes release -> the client-java-api release generated from its OpenAPI spec. */
    static final Map<String, String> RELEASES =
            Map.of("1.28", "20.0.1", "1.30", "21.0.0", "1.31", "22.0.0");

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final String APIS = "io/kubernetes/client/openapi/apis/";
    private static final Path DIR = Path.of(System.getProperty("k8s.api.dir", "target/k8s-api"));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String kubernetes;
    private final ZipFile jar;
    private final ClassLoader loader;
    private final ObjectNode definitions = JSON.objectNode();
    private final Map<String, JsonSchema> byApiVersionKind = new LinkedHashMap<>();
    private final JsonSchemaFactory factory =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private KubernetesSchemas(String kubernetes) throws IOException {
        this.kubernetes = kubernetes;
        String release = RELEASES.get(kubernetes);
        Path api = DIR.resolve("client-java-api-" + release + ".jar");
        Path gson = DIR.resolve("gson-2.11.0.jar");
        if (!Files.isRegularFile(api) || !Files.isRegularFile(gson)) {
            throw new AssertionError(
                    "the Kubernetes "
                            + kubernetes
                            + " API models are not in "
                            + DIR.toAbsolutePath()
                            + ": run the helm module's Maven build (maven-dependency-plugin"
                            + " copies io.kubernetes:client-java-api:"
                            + release
                            + " there)");
        }
        this.jar = new ZipFile(api.toFile());
        this.loader =
                new URLClassLoader(
                        "k8s-" + kubernetes,
                        new URL[] {api.toUri().toURL(), gson.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
    }

    private static final Map<String, KubernetesSchemas> LOADED = new LinkedHashMap<>();

    static synchronized KubernetesSchemas of(String kubernetes) throws IOException {
        KubernetesSchemas schemas = LOADED.get(kubernetes);
        if (schemas == null) {
            schemas = new KubernetesSchemas(kubernetes);
            LOADED.put(kubernetes, schemas);
        }
        return schemas;
    }

    /**
     * The schema of apiVersion/kind in this release, or null when the release does not serve that
     * kind in that group/version (a custom resource, or an API the release lacks).
     */
    synchronized JsonSchema schema(String apiVersion, String kind) {
        String key = apiVersion + " " + kind;
        if (byApiVersionKind.containsKey(key)) {
            return byApiVersionKind.get(key);
        }
        String model = model(apiVersion, kind);
        JsonSchema schema = null;
        if (model != null) {
            ObjectNode root = JSON.objectNode();
            root.put("$schema", "http://json-schema.org/draft-07/schema#");
            root.put("$ref", ref(model));
            root.set("definitions", definitions);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
            schema = factory.getSchema(root, config);
        }
        byApiVersionKind.put(key, schema);
        return schema;
    }

    /** The messages of validating one object; empty when it is valid. */
    List<String> validate(JsonNode object) {
        JsonSchema schema =
                schema(object.path("apiVersion").asText(), object.path("kind").asText());
        if (schema == null) {
            throw new IllegalArgumentException(
                    "Kubernetes "
                            + kubernetes
                            + " has no "
                            + object.path("apiVersion").asText()
                            + " "
                            + object.path("kind").asText());
        }
        List<String> messages = new ArrayList<>();
        schema.validate(object).forEach(m -> messages.add(m.getMessage()));
        return messages;
    }

    /**
     * The model of apiVersion/kind, proved to be served by the release: its API class has the
     * create operation of that kind (AppsV1Api has createNamespacedDeployment).
     */
    private String model(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash);
        String version = capitalize(apiVersion.substring(slash + 1));
        StringBuilder api = new StringBuilder();
        for (String part : group.replace(".k8s.io", "").split("\\.")) {
            api.append(capitalize(part));
        }
        String apiClass = APIS + api + version + "Api";
        boolean served =
                jar.getEntry(apiClass + "$APIcreateNamespaced" + kind + "Request.class") != null
                        || jar.getEntry(apiClass + "$APIcreate" + kind + "Request.class") != null;
        if (!served) {
            return null;
        }
        // Kinds two groups share are prefixed with the group (CoreV1Event, EventsV1Event).
        String groupPrefix = capitalize(group.replace(".k8s.io", "").split("\\.")[0]);
        for (String name : List.of(groupPrefix + version + kind, version + kind)) {
            if (jar.getEntry((MODELS + name).replace('.', '/') + ".class") != null) {
                return name;
            }
        }
        return null;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String ref(String model) {
        if (!definitions.has(model)) {
            definitions.putObject(model); // placeholder, so recursive models end
            definitions.set(model, definition(model));
        }
        return "#/definitions/" + model;
    }

    private ObjectNode definition(String model) {
        Class<?> type;
        try {
            type = Class.forName(MODELS + model, true, loader);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode definition = JSON.objectNode();
        definition.put("type", "object");
        ObjectNode properties = definition.putObject("properties");
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String name = serializedName(field);
            if (name != null) {
                properties.set(name, schemaOf(field.getGenericType()));
            }
        }
        Set<String> declared = new TreeSet<>();
        properties.fieldNames().forEachRemaining(declared::add);
        Set<String> openapi = new TreeSet<>(staticSet(type, "openapiFields"));
        if (!openapi.equals(declared)) {
            throw new IllegalStateException(
                    model + ": fields " + declared + " but openapiFields " + openapi);
        }
        ArrayNode required = JSON.arrayNode();
        new TreeSet<>(staticSet(type, "openapiRequiredFields")).forEach(required::add);
        if (!required.isEmpty()) {
            definition.set("required", required);
        }
        definition.put("additionalProperties", false);
        return definition;
    }

    private static String serializedName(Field field) {
        for (var annotation : field.getAnnotations()) {
            if (annotation
                    .annotationType()
                    .getName()
                    .equals("com.google.gson.annotations.SerializedName")) {
                try {
                    return (String)
                            annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> staticSet(Class<?> type, String name) {
        try {
            return (Collection<String>) type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no " + name, e);
        }
    }

    private JsonNode schemaOf(Type type) {
        ObjectNode schema = JSON.objectNode();
        if (type instanceof ParameterizedType parameterized) {
            String raw = ((Class<?>) parameterized.getRawType()).getName();
            Type[] args = parameterized.getActualTypeArguments();
            if (raw.equals("java.util.List") || raw.equals("java.util.Set")) {
                schema.put("type", "array");
                schema.set("items", schemaOf(args[0]));
                return schema;
            }
            if (raw.equals("java.util.Map")) {
                schema.put("type", "object");
                schema.set("additionalProperties", schemaOf(args[1]));
                return schema;
            }
            throw new IllegalStateException("unknown generic type " + type);
        }
        Class<?> c = (Class<?>) type;
        switch (c.getName()) {
            case "java.lang.String", "java.time.OffsetDateTime", "[B" ->
                    schema.put("type", "string");
            case "java.lang.Integer", "java.lang.Long", "int", "long" ->
                    schema.put("type", "integer");
            case "java.lang.Boolean", "boolean" -> schema.put("type", "boolean");
            case "java.lang.Double", "java.lang.Float", "java.math.BigDecimal" ->
                    schema.put("type", "number");
            case "io.kubernetes.client.custom.IntOrString" -> {
                // format int-or-string (x-kubernetes-int-or-string)
                ArrayNode either = schema.putArray("type");
                either.add("integer").add("string");
            }
            case "io.kubernetes.client.custom.Quantity" -> {
                ArrayNode either = schema.putArray("type");
                either.add("string").add("number");
            }
            case "java.lang.Object" -> {
                // x-kubernetes-preserve-unknown-fields / RawExtension: intentionally open
            }
            default -> {
                if (c.isEnum()) {
                    schema.put("type", "string");
                } else if (c.getName().startsWith(MODELS)) {
                    schema.put("$ref", ref(c.getSimpleName()));
                } else {
                    throw new IllegalStateException("unknown type " + c.getName());
                }
            }
        }
        return schema;
    }
}
