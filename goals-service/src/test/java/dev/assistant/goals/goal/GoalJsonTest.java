package dev.assistant.goals.goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree is written by {@link GoalJson}, every single goal by Jackson: for the same goals the two
 * must give the same bytes, whatever the text (quotes, backslashes, control characters, which
 * Jackson escapes in upper-case hex, characters beyond the BMP) and whichever fields are null.
 */
@QuarkusTest
class GoalJsonTest {

    @Test
    void theTreeIsByteForByteTheJsonOfEachGoalAsJacksonWritesIt() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Ünïcödé \"root\" \\ / </script>", "UltimateGoal", null);
        String controls =
                create(
                        api,
                        "tab\there\nnew line\r\u0001\u000b\u001f\u007f end",
                        "LongTermGoal",
                        root,
                        2);
        String astral =
                create(
                        api,
                        "emoji 🎸 and 𝄞, Tiếng Việt, U+2028 \u2028 here",
                        "LongTermGoal",
                        root,
                        0);
        String plain = create(api, "plain", "MidTermGoal", astral, 1);
        api.patch(
                        controls,
                        Map.of("description", "two\nlines \"quoted\"", "deadline", "2031-02-28"))
                .statusCode(200);
        api.action(plain, "complete", null).statusCode(200);

        Response tree = api.request().get(GoalsApi.GOALS + "/" + root + "/tree");
        assertThat(tree.statusCode()).isEqualTo(200);
        List<String> ids = tree.jsonPath().getList("id");
        assertThat(ids).containsExactly(root, astral, plain, controls);

        List<String> eachAsJackson = new ArrayList<>();
        for (String id : ids) {
            eachAsJackson.add(api.get(id).statusCode(200).extract().asString());
        }
        assertThat(tree.asString()).isEqualTo("[" + String.join(",", eachAsJackson) + "]");
        assertThat(tree.contentType()).isEqualTo(api.get(root).extract().contentType());
        assertThat(tree.jsonPath().getBoolean("[2].completed")).isTrue();
        assertThat(tree.jsonPath().getString("[3].deadline")).isEqualTo("2031-02-28");
    }

    @Test
    void anEmptyOrForeignTreeIsNotFound() {
        GoalsApi owner = GoalsApi.newUser();
        String root = owner.create("Mine", "UltimateGoal", null);
        GoalsApi.newUser()
                .request()
                .get(GoalsApi.GOALS + "/" + root + "/tree")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        owner.delete(root).statusCode(204);
        owner.request().get(GoalsApi.GOALS + "/" + root + "/tree").then().statusCode(404);
    }

    private static String create(
            GoalsApi api, String title, String level, String parentId, int sortOrder) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("level", level);
        body.put("parentId", parentId);
        body.put("sortOrder", sortOrder);
        return api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(GoalsApi.GOALS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
