package org.sovet.plan;

import java.util.List;

/** What the methodist writes: goal, tasks and the numbered sections with their items. */
public record PlanContent(String goal, List<Task> tasks, List<Section> sections) {

    public PlanContent {
        tasks = tasks == null ? List.of() : tasks.stream().filter(t -> t != null).toList();
        sections = sections == null ? List.of() : sections.stream().filter(s -> s != null).toList();
    }

    public record Task(String text) {}

    /** A heading of the plan's table («4.1. Совместные мероприятия …») and the items under it. */
    public record Section(String number, String title, List<Item> items) {
        public Section {
            items = items == null ? List.of() : items.stream().filter(i -> i != null).toList();
        }
    }

    /**
     * One row of the table.
     *
     * @param period «срок реализации» as written: «Март, октябрь 2023», «1 раз в квартал»
     */
    public record Item(String number, String what, String period, String responsible, String result) {}

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }
}
