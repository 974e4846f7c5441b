package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sovet.common.FormJson;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.ItemRecord;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.SessionService;
import org.springframework.stereotype.Component;

/** The protocol review form's narrative (opening, closing, «Слушали»/«Выступили» per item) and its annexes. */
@Component
class ProtocolForms {

    private final FormJson json;
    private final SessionService sessions;
    private final MeetingService meetings;

    ProtocolForms(FormJson json, SessionService sessions, MeetingService meetings) {
        this.json = json;
        this.sessions = sessions;
        this.meetings = meetings;
    }

    void writeNarrative(VariableScope scope, long meetingId) {
        var narrative = sessions.narrative(meetingId);
        List<AgendaEntry> agenda = meetings.agenda(meetingId);
        List<ItemRecord> records = sessions.itemRecords(meetingId);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            ItemRecord r = i < records.size() ? records.get(i) : new ItemRecord(null, null);
            var item = new java.util.HashMap<String, Object>();
            item.put("title", agenda.get(i).title());
            item.put("heard", r.heard());
            item.put("spoke", r.spoke());
            items.add(item);
        }
        scope.setVariable(Vars.OPENING, narrative.opening());
        scope.setVariable(Vars.CLOSING, narrative.closing());
        scope.setVariable(Vars.ITEMS, json.json(items));
    }

    List<ItemRecord> items(VariableScope scope) {
        return json.list(scope.getVariable(Vars.ITEMS), ItemRecord.class, "вопросы протокола");
    }

    void writeAnnexes(VariableScope scope, List<AnnexRow> rows) {
        scope.setVariable(Vars.ANNEXES, json.json(rows));
    }

    List<AnnexRow> annexes(VariableScope scope) {
        return json.list(scope.getVariable(Vars.ANNEXES), AnnexRow.class, "приложения");
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
