package dev.assistant.kit.input;

import jakarta.ws.rs.WebApplicationException;

/**
 * A query, path or header parameter whose value cannot be read. A WebApplicationException, so the
 * REST layer passes it on as it is instead of turning it into the 404 the JAX-RS spec prescribes
 * for unconvertible query and path parameters.
 */
public class InvalidParameterException extends WebApplicationException {

    private final String parameter;
    private final String in;

    /** A path parameter that cannot be read names no resource: 404; any other is a 400. */
    public InvalidParameterException(String parameter, String in, String message) {
        super(message, "path".equals(in) ? 404 : 400);
        this.parameter = parameter;
        this.in = in;
    }

    public String parameter() {
        return parameter;
    }

    public String in() {
        return in;
    }
}
