package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Comments and attachments on a task come only from those who work on it; a supervisor reads, never writes. */
class TaskNotesTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();
    private static final String NOT_YOURS = "Недостаточно прав для этого действия: "
            + "комментарии и вложения добавляет только тот, кто выполняет задачу.";

    @Autowired EngineRest rest;
    @Autowired WorkPlanFixture plan;
    private String taskId;

    @BeforeEach
    void aPlanWaitingForTheDirector() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        taskId = plan.task(instance).getId();
    }

    @Test
    void shouldRefuseTheSupervisorsCommentAndAttachmentAndStoreNothing() {
        ResponseEntity<String> comment = comment("petrova", "Проверено.");
        ResponseEntity<String> attachment = attach("petrova");

        assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.read(comment).get("message").asText()).isEqualTo(NOT_YOURS);
        assertThat(attachment.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.read(attachment).get("message").asText()).isEqualTo(NOT_YOURS);
        assertThat(engine.getTaskService().getTaskComments(taskId)).isEmpty();
        assertThat(engine.getTaskService().getTaskAttachments(taskId)).isEmpty();
    }

    @Test
    void shouldAnswerAMemberWhoCannotSeeTheTaskThatThereIsNone() {
        assertThat(comment("belyaev", "Согласен.").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(attach("belyaev").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(engine.getTaskService().getTaskComments(taskId)).isEmpty();
        assertThat(engine.getTaskService().getTaskAttachments(taskId)).isEmpty();
    }

    @Test
    void shouldLetTheDirectorWhoseGroupTheTaskWaitsForComment() {
        ResponseEntity<String> comment = comment(WorkPlanFixture.DIRECTOR, "Посмотрю к пятнице.");

        assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine.getTaskService().getTaskComments(taskId)).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).isEqualTo("Посмотрю к пятнице."));
    }

    @Test
    void shouldShowAnAttachmentToItsClusterAndSupervisorsButToNoOtherCluster() {
        String attachmentId = rest.read(attach(WorkPlanFixture.DIRECTOR)).get("id").asText();
        String path = "/task/" + taskId + "/attachment/" + attachmentId;

        assertThat(rest.get("kolesnikova", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.get("petrova", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.get("bykova", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.get("bykova", path + "/data").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> attach(String user) {
        return rest.postForm(user, "/task/" + taskId + "/attachment/create",
                Map.of("attachment-name", "Замечания", "attachment-type", "text/uri-list", "url", "https://example.org/remarks"));
    }

    private ResponseEntity<String> comment(String user, String message) {
        return rest.post(user, "/task/" + taskId + "/comment/create", Map.of("message", message));
    }
}
