package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A meeting started by an older version, before its forms showed the card and the directory's people. */
class RunningMeetingDisplaysTest extends SovetTest {

    @Autowired MeetingFixture meeting;
    @Autowired RuntimeService runtime;
    @Autowired RunningMeetingDisplays displays;

    @Test
    void shouldGiveAMeetingUnderWayItsCardAndPeopleFromTheRecordAfterAnUpgrade() {
        var instance = meeting.invited("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        String card = (String) runtime.getVariable(instance.getId(), MeetingProcess.Vars.CARD);
        runtime.removeVariables(instance.getId(), List.of(MeetingProcess.Vars.CARD, MeetingProcess.Vars.PEOPLE_OPTIONS));

        displays.fillIn();

        assertThat(runtime.getVariable(instance.getId(), MeetingProcess.Vars.CARD)).isEqualTo(card);
        assertThat(card).contains("Заседание № ", "очное");
        assertThat(runtime.getVariableTyped(instance.getId(), MeetingProcess.Vars.PEOPLE_OPTIONS).getValue().toString())
                .contains("Воронцов А.Н.", "Другой человек");
    }

    @Test
    void shouldLeaveACardAlreadyThereAsItIs() {
        var instance = meeting.invited("ONLINE", List.of(MeetingFixture.item("О мониторинге", "Колесникова И.П.", 5)));
        runtime.setVariable(instance.getId(), MeetingProcess.Vars.CARD, "> карточка, записанная при переносе");

        displays.fillIn();

        assertThat(runtime.getVariable(instance.getId(), MeetingProcess.Vars.CARD)).isEqualTo("> карточка, записанная при переносе");
    }
}
