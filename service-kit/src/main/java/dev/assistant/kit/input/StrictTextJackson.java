package dev.assistant.kit.input;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every string a request body carries (fields, list elements, values and keys inside free-form
 * objects such as metadata) is checked with {@link CleanText} as it is read. A bad one fails the
 * read with its JSON path, so the 400 names the field, and nothing is written.
 */
@Singleton
public class StrictTextJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("assistant-strict-text");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        module.addKeyDeserializer(String.class, new CleanKeyDeserializer());
        mapper.registerModule(module);
    }

    static final class CleanStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            return checked(parser, super.deserialize(parser, context));
        }
    }

    static final class CleanKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context)
                throws IOException {
            return checked(context.getParser(), key);
        }
    }

    private static String checked(JsonParser parser, String value) throws IOException {
        String problem = value == null ? null : CleanText.problem(value);
        if (problem != null) {
            throw new UnstorableTextException(parser, problem);
        }
        return value;
    }

    /** A string that {@link CleanText} refuses; its message is meant for the client as it is. */
    public static final class UnstorableTextException extends JsonMappingException {
        UnstorableTextException(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
