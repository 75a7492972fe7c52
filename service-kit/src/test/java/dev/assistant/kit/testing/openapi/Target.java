package dev.assistant.kit.testing.openapi;

import java.net.URI;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Where requests go: the service itself (RestAssured's configured port, as in a Quarkus test) or
 * the gateway in front of it; the OpenAPI document always comes from the service.
 */
public record Target(String baseUri) {

    /** The service under test, as RestAssured is configured. */
    public static Target service() {
        return new Target(null);
    }

    public static Target at(String baseUri) {
        return new Target(baseUri);
    }

    public RequestSpecification request() {
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(true);
        if (baseUri == null) {
            return request;
        }
        URI uri = URI.create(baseUri);
        return request.baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
    }
}
