package org.peerpulse.service;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;
import org.peerpulse.io.export.ExportCell;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.storage.AuditRepository;

/**
 * Reading the audit trail: pages of entries for the viewer, newest first, and the same entries as
 * a table to export. There is nothing here (or anywhere) to change or remove an entry.
 */
public final class AuditLog {
    /** The columns of an exported trail; {@code how_much} counts what the action's unit says. */
    public static final List<String> COLUMNS = List.of("time", "user", "action", "what", "how_much");

    /** One page of entries and how many the filter lets through in all. */
    public record Page(List<AuditEntry> entries, long offset, long total) {
        public Page {
            entries = List.copyOf(entries);
        }

        public boolean hasMore() {
            return offset + entries.size() < total;
        }
    }

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The zone entries are shown in, and the days of a filter are read in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Up to {@code size} entries from {@code offset}, newest first. */
    public Page page(AuditFilter filter, long offset, int size) {
        return new Page(entries.find(filter, zone(), offset, size), offset, entries.count(filter, zone()));
    }

    /** Every operating-system user found in the trail, for the viewer's filter. */
    public List<String> users() {
        return entries.users();
    }

    /** Every entry the filter lets through, newest first, as a table to export. */
    public ExportTable table(AuditFilter filter) {
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<List<ExportCell>> rows = new ArrayList<>();
        for (AuditEntry entry : entries.find(filter, zone(), 0, Integer.MAX_VALUE)) {
            rows.add(List.of(
                    ExportCell.text(time.format(entry.at().atZoneSameInstant(zone()).toOffsetDateTime()
                            .truncatedTo(ChronoUnit.SECONDS))),
                    ExportCell.text(entry.osUser()),
                    ExportCell.text(entry.action().code()),
                    ExportCell.text(entry.what()),
                    ExportCell.number(entry.howMuch())));
        }
        return new ExportTable("Audit trail", COLUMNS, rows);
    }
}
