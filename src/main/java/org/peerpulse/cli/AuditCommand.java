package org.peerpulse.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit}: the audit trail, newest first (an addition to cli.md; reading only, it cannot change it). */
@Command(name = "audit", description = "The audit trail, newest first: imports, edits, merges, exports, reports,"
        + " settings changes and every showing of small numbers.")
final class AuditCommand extends ProgramCommand {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--action", paramLabel = "A", description = "Only this action: import, entry, edit, delete,"
            + " merge, site, wave, settings, export, report, small_numbers, backup or restore.")
    String actionCode;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only entries from this day on.")
    String since;

    @Option(names = "--user", paramLabel = "U", description = "Only entries of this operating-system user.")
    String user;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default 100).")
    int limit = 100;

    @Override
    int run(AppContext context, PrintWriter out) {
        if (limit < 1) {
            throw new UserInputException("--limit: " + limit + " is not a number of entries; use 1 or more.");
        }
        AuditLog.Page page = context.auditLog().page(new AuditFilter(action(), user, day(), null, null), 0, limit);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("total", page.total());
            document.put("entries", page.entries().stream().map(AuditCommand::toJson).toList());
            out.println(Json.write(document));
            return PeerPulseCli.OK;
        }
        TextTable table = new TextTable("Time", "User", "Action", "What", "How much");
        for (AuditEntry entry : page.entries()) {
            table.add(time(entry), entry.osUser(), entry.action().code(), entry.what(),
                    entry.howMuch() == null ? "" : entry.action().howMuch(entry.howMuch()));
        }
        table.print(out);
        if (page.hasMore()) {
            out.printf("%d of %s shown; --limit shows more.%n", page.entries().size(),
                    Words.count(page.total(), "entry", "entries"));
        }
        return PeerPulseCli.OK;
    }

    private AuditAction action() {
        if (actionCode == null) {
            return null;
        }
        return AuditAction.fromCode(actionCode).orElseThrow(() -> new UserInputException("--action: \"" + actionCode
                + "\" is not an action; use " + Arrays.stream(AuditAction.values()).map(AuditAction::code)
                .collect(Collectors.joining(", ")) + "."));
    }

    private LocalDate day() {
        if (since == null) {
            return null;
        }
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("--since: \"" + since + "\" is not a date like 2024-03-15.");
        }
    }

    private static String time(AuditEntry entry) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.at().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Map<String, Object> toJson(AuditEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", time(entry));
        json.put("user", entry.osUser());
        json.put("action", entry.action().code());
        json.put("what", entry.what());
        json.put("how_much", entry.howMuch());
        return json;
    }
}
