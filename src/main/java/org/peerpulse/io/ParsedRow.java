package org.peerpulse.io;

import java.util.Map;

/**
 * One response as read from a file, before its site and wave are matched to the program.
 * Answers are already checked against PSP-1 and hold value codes only (item code → code).
 *
 * @param row        the spreadsheet row number, for messages
 * @param site       the site's name or code as written in the file
 * @param wave       the wave's label as written in the file (or named by the import)
 * @param respondent optional pseudonymous code
 * @param submitted  optional ISO date or date-time
 * @param sourceId   optional id of the row in its source system
 */
public record ParsedRow(int row, String site, String wave, String respondent, String submitted, String sourceId,
                        Map<String, String> answers) {
    public ParsedRow {
        answers = Map.copyOf(answers);
    }
}
