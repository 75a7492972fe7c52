package dev.assistant.kit.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads query, path and header parameters of the types the APIs use, and refuses a bad value with a
 * 400 that names the parameter ({@link InvalidParameterException}): "limit must be an integer", not
 * the spec's bare 404. Text parameters are held to {@link CleanText}.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        Source source = source(annotations);
        if (source == null) {
            return null;
        }
        Function<String, Object> parse = parser(rawType);
        if (parse == null) {
            return null;
        }
        return (ParamConverter<T>) new Strict(source, parse, expectation(rawType));
    }

    private record Source(String name, String in) {}

    private static Source source(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return new Source(q.value(), "query");
            } else if (a instanceof PathParam p) {
                return new Source(p.value(), "path");
            } else if (a instanceof HeaderParam h) {
                return new Source(h.value(), "header");
            } else if (a instanceof RestQuery q) {
                return new Source(q.value(), "query");
            } else if (a instanceof RestPath p) {
                return new Source(p.value(), "path");
            } else if (a instanceof RestHeader h) {
                return new Source(h.value(), "header");
            }
        }
        return null;
    }

    private static Function<String, Object> parser(Class<?> type) {
        if (type == String.class) {
            return value -> value;
        } else if (type == Integer.class || type == int.class) {
            return Integer::valueOf;
        } else if (type == Long.class || type == long.class) {
            return Long::valueOf;
        } else if (type == Double.class || type == double.class) {
            return value -> {
                double d = Double.parseDouble(value);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException(value);
                }
                return d;
            };
        } else if (type == Boolean.class || type == boolean.class) {
            return value ->
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException(value);
                    };
        } else if (type == LocalDate.class) {
            return LocalDate::parse;
        } else if (type == UUID.class) {
            return value -> {
                UUID uuid = UUID.fromString(value);
                if (!uuid.toString().equalsIgnoreCase(value)) {
                    throw new IllegalArgumentException(value);
                }
                return uuid;
            };
        }
        return null;
    }

    private static String expectation(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        } else if (type == Long.class || type == long.class) {
            return "must be an integer";
        } else if (type == Double.class || type == double.class) {
            return "must be a number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        } else if (type == UUID.class) {
            return "must be a UUID";
        }
        return "is not valid";
    }

    private record Strict(Source source, Function<String, Object> parse, String expectation)
            implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            String unstorable = CleanText.problem(value);
            if (unstorable != null) {
                throw new InvalidParameterException(source.name(), source.in(), unstorable);
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InvalidParameterException(source.name(), source.in(), expectation);
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
