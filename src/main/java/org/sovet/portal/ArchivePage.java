package org.sovet.portal;

import java.util.List;

/** Which rows of a long list a page shows: page {@code number} of {@code pages}, 1-based. */
record ArchivePage(int number, int pages, int size) {

    /** A page asked for outside the list (a stale link, a typed URL) shows the nearest one. */
    static ArchivePage of(int asked, int size, int rows) {
        int pages = Math.max(1, (rows + size - 1) / size);
        return new ArchivePage(Math.min(Math.max(asked, 1), pages), pages, size);
    }

    <T> List<T> slice(List<T> rows) {
        int from = Math.min((number - 1) * size, rows.size());
        return rows.subList(from, Math.min(from + size, rows.size()));
    }

    public boolean many() {
        return pages > 1;
    }
}
