package org.peerpulse.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, in the order found. Lists at most {@code limit} of them and
 * counts the rest, which become one closing problem ("57 more problems are not listed…").
 */
final class ProblemLog {
    private final String file;
    private final int limit;
    private final List<ImportProblem> listed = new ArrayList<>();
    private final List<ImportProblem> first = new ArrayList<>();
    private int count;

    ProblemLog(String file, int limit) {
        this.file = file;
        this.limit = limit;
    }

    void add(int row, String column, String value, String message) {
        count++;
        if (listed.size() < limit) {
            listed.add(new ImportProblem(file, row, column, value, message));
        }
    }

    /**
     * A problem with the header or a whole column that is known only after the rows were read;
     * listed before the row problems, as if the header had shown it, and never left unlisted.
     */
    void addBeforeRows(int row, String column, String value, String message) {
        count++;
        first.add(new ImportProblem(file, row, column, value, message));
    }

    void addFile(String message) {
        add(0, null, null, message);
    }

    /** Every problem found so far, listed or not. */
    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<ImportProblem> list() {
        int unlisted = count - listed.size() - first.size();
        List<ImportProblem> all = new ArrayList<>(first);
        all.addAll(listed);
        if (unlisted == 0) {
            return List.copyOf(all);
        }
        all.add(ImportProblem.unlisted(file, unlisted));
        return all;
    }
}
