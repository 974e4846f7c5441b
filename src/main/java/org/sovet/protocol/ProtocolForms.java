package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sovet.common.InputRejectedException;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.ItemRecord;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.SessionService;
import org.springframework.stereotype.Component;

/** The protocol review form's narrative: opening, closing and «Слушали»/«Выступили» per item. */
@Component
class ProtocolForms {

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final SessionService sessions;
    private final MeetingService meetings;

    ProtocolForms(SessionService sessions, MeetingService meetings) {
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
        try {
            scope.setVariable(Vars.ITEMS, SpinValues.jsonValue(json.writeValueAsString(items)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<ItemRecord> items(VariableScope scope) {
        Object value = scope.getVariable(Vars.ITEMS);
        if (value == null) {
            return List.of();
        }
        try {
            var type = json.getTypeFactory().constructCollectionType(List.class, ItemRecord.class);
            return value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
                    ? json.readValue(value.toString(), type) : json.convertValue(value, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputRejectedException("Данные формы протокола повреждены: вопросы должны быть списком.");
        }
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
