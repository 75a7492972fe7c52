package dev.assistant.goals.template;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.GoalsTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SessionTemplateApiTest {

    private static final String TEMPLATES = "/api/goals/session-templates";

    @Inject Pool pool;

    private static Map<String, Object> body(String rootId, String name, Object... activityIds) {
        List<Map<String, Object>> activities =
                java.util.Arrays.stream(activityIds)
                        .map(id -> Map.<String, Object>of("activity_id", id.toString()))
                        .toList();
        return Map.of(
                "rootId",
                rootId,
                "name",
                name,
                "templateData",
                Map.of(
                        "sections",
                        List.of(
                                Map.of(
                                        "name",
                                        "Khởi động 🎻",
                                        "duration_minutes",
                                        10,
                                        "activities",
                                        activities))));
    }

    @Test
    void createsReadsListsUpdatesAndDeletesATemplate() {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Play the violin");
        UUID scales = data.activity(root, "Scales");
        String id =
                data.api()
                        .body(body(root, "Luyện tập buổi sáng", scales))
                        .post(TEMPLATES)
                        .then()
                        .statusCode(201)
                        .header("Location", org.hamcrest.Matchers.containsString(TEMPLATES + "/"))
                        .extract()
                        .path("id");
        data.api()
                .get(TEMPLATES + "/" + id)
                .then()
                .statusCode(200)
                .body("rootId", equalTo(root))
                .body("name", equalTo("Luyện tập buổi sáng"))
                .body("description", nullValue())
                .body("templateData.sections[0].name", equalTo("Khởi động 🎻"))
                .body("templateData.sections[0].duration_minutes", equalTo(10))
                .body(
                        "templateData.sections[0].activities[0].activity_id",
                        equalTo(scales.toString()));
        data.api()
                .queryParam("rootId", root)
                .get(TEMPLATES)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(id)));
        data.api()
                .body(Map.of("description", "long ".repeat(2000)))
                .patch(TEMPLATES + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Luyện tập buổi sáng"))
                .body("description", equalTo("long ".repeat(2000)))
                .body("templateData.sections", hasSize(1));
        data.api().delete(TEMPLATES + "/" + id).then().statusCode(204);
        data.api().get(TEMPLATES + "/" + id).then().statusCode(404);
        data.api().get(TEMPLATES).then().statusCode(200).body("id", equalTo(List.of()));
    }

    @Test
    void rejectsARootThatIsNotTheCallersOrNotARoot() {
        GoalsTestData data = new GoalsTestData(pool);
        GoalsTestData other = new GoalsTestData(pool);
        String othersRoot = other.root("Theirs");
        String root = data.root("Mine");
        String child = data.goal("A child", "LongTermGoal", root);
        for (String rootId : List.of(othersRoot, child, UUID.randomUUID().toString())) {
            data.api()
                    .body(body(rootId, "Plan"))
                    .post(TEMPLATES)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("rootId"));
        }
    }

    @Test
    void rejectsActivitiesOutsideTheTreeNamingTheField() {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Violin");
        String otherRoot = data.root("Piano");
        UUID mine = data.activity(root, "Scales");
        UUID otherTree = data.activity(otherRoot, "Arpeggios");
        data.api()
                .body(body(root, "Plan", mine, otherTree))
                .post(TEMPLATES)
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItem("templateData.sections[0].activities[1].activity_id"));
        String id =
                data.api()
                        .body(body(root, "Plan", mine))
                        .post(TEMPLATES)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        data.api()
                .body(
                        Map.of(
                                "templateData",
                                Map.of(
                                        "sections",
                                        List.of(
                                                Map.of(
                                                        "name",
                                                        "x",
                                                        "activities",
                                                        List.of(
                                                                Map.of(
                                                                        "activity_id",
                                                                        otherTree.toString())))))))
                .patch(TEMPLATES + "/" + id)
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItem("templateData.sections[0].activities[0].activity_id"));
    }

    @Test
    void validatesTheShapeOfTemplateData() {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Violin");
        data.api()
                .body(Map.of("rootId", root, "name", "Plan", "templateData", Map.of()))
                .post(TEMPLATES)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("templateData.sections"));
        data.api()
                .body(
                        Map.of(
                                "rootId",
                                root,
                                "name",
                                "Plan",
                                "templateData",
                                Map.of("sections", List.of(Map.of("duration_minutes", 5)))))
                .post(TEMPLATES)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("templateData.sections[0].name"));
        data.api()
                .body(
                        Map.of(
                                "rootId",
                                root,
                                "name",
                                " ",
                                "templateData",
                                Map.of("sections", List.of())))
                .post(TEMPLATES)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    void anotherUsersTemplateIsNotFound() {
        GoalsTestData data = new GoalsTestData(pool);
        GoalsTestData intruder = new GoalsTestData(pool);
        String root = data.root("Violin");
        String id =
                data.api()
                        .body(body(root, "Plan"))
                        .post(TEMPLATES)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        intruder.api().get(TEMPLATES + "/" + id).then().statusCode(404);
        intruder.api()
                .body(Map.of("name", "Stolen"))
                .patch(TEMPLATES + "/" + id)
                .then()
                .statusCode(404);
        intruder.api().delete(TEMPLATES + "/" + id).then().statusCode(404);
        intruder.api().queryParam("rootId", root).get(TEMPLATES).then().body("id", hasSize(0));
        data.api().get(TEMPLATES + "/" + id).then().statusCode(200).body("name", equalTo("Plan"));
        data.api().get(TEMPLATES + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
