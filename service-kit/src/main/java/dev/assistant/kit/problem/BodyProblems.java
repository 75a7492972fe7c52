package dev.assistant.kit.problem;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.assistant.kit.input.StrictTextJackson.UnstorableTextException;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A request body that is not the JSON an operation expects becomes a 400 naming the field at fault
 * (its JSON path, e.g. {@code tags} or {@code metadata.steps}) with a message in JSON's terms,
 * never a Java type name. Malformed JSON, too-deep nesting and an empty body name {@code body}.
 */
public final class BodyProblems {

    private BodyProblems() {}

    public static HttpProblem.Builder of(JsonProcessingException failure) {
        boolean located =
                failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        String field = located ? path((JsonMappingException) failure) : "body";
        String message = located ? message((JsonMappingException) failure) : bodyMessage(failure);
        return InvalidField.builder(field, "body", message);
    }

    private static String bodyMessage(JsonProcessingException failure) {
        if (failure instanceof StreamConstraintsException) {
            return "too large or too deeply nested: " + failure.getOriginalMessage();
        }
        if (failure instanceof JsonParseException parse && parse.getLocation() != null) {
            return "not valid JSON (line "
                    + parse.getLocation().getLineNr()
                    + ", column "
                    + parse.getLocation().getColumnNr()
                    + ")";
        }
        if (failure instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "must be " + jsonKind(mismatch.getTargetType());
        }
        return "not valid JSON";
    }

    private static String message(JsonMappingException failure) {
        if (failure instanceof UnstorableTextException) {
            return failure.getOriginalMessage();
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (failure instanceof ValueInstantiationException) {
            return "is not valid";
        }
        if (failure instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "must be " + jsonKind(invalid.getTargetType());
        }
        if (failure instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "must be " + jsonKind(mismatch.getTargetType());
        }
        return "is not valid";
    }

    /** JSON Pointer-like path in dotted form: {@code tags[2]}, {@code metadata.steps}. */
    private static String path(JsonMappingException failure) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : failure.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /** What a Java target type is in JSON's words. */
    static String jsonKind(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == String.class
                || type == UUID.class
                || type == Character.class
                || type == char.class) {
            return type == UUID.class ? "a UUID string" : "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date/time string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "an integer" + range(type);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type == Object.class) {
            return "an object";
        }
        return "an object";
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (type == Short.class || type == short.class) {
            return " between " + Short.MIN_VALUE + " and " + Short.MAX_VALUE;
        }
        return "";
    }
}
