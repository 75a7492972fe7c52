package dev.assistant.kit.input;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictTextJacksonTest {

    record Body(String title, List<String> tags, Map<String, Object> metadata) {}

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictTextJackson().customize(mapper);
        return mapper;
    }

    @Test
    void refusesNulAndLoneSurrogatesWhereverAStringIsReadAndNamesThePath() {
        assertPath("{\"title\":\"a\\u0000\"}", "title");
        assertPath("{\"tags\":[\"ok\",\"\\ud800\"]}", "tags");
        assertPath("{\"metadata\":{\"k\":{\"deep\":\"\\udc00x\"}}}", "metadata");
        assertPath("{\"metadata\":{\"k\\u0000\":1}}", "metadata");
    }

    @Test
    void keepsValidTextAndStillRefusesAStringWhereAnArrayBelongs() throws Exception {
        Body body =
                mapper.readValue("{\"title\":\"\\ud83d\\ude00 ok\",\"tags\":[\"a\"]}", Body.class);
        assertThat(body.title()).isEqualTo("\uD83D\uDE00 ok");
        assertThatThrownBy(() -> mapper.readValue("{\"tags\":\"notarray\"}", Body.class))
                .isInstanceOf(JsonMappingException.class);
    }

    private void assertPath(String json, String field) {
        assertThatThrownBy(() -> mapper.readValue(json, Body.class))
                .isInstanceOf(StrictTextJackson.UnstorableTextException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                ((JsonMappingException) e)
                                                        .getPath()
                                                        .getFirst()
                                                        .getFieldName())
                                        .isEqualTo(field));
    }
}
