package org.peerpulse.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerpulse.domain.AnswersKey;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedRow;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.Transaction;
import org.peerpulse.storage.WaveRepository;

/**
 * Stores parsed rows inside a transaction: matches each row's site and wave to the program
 * (by name, code or label, ignoring case, spaces and punctuation), creates new waves, skips
 * duplicates (same respondent code in a wave, or the same source row) and rows that answer no
 * PSP-1 item, and reports unknown sites.
 */
final class RowStore {
    /**
     * @param sameAnswers rows added without a respondent code or source id whose answers (free text aside)
     *                    are those of a response stored before at the same site and wave, each stored
     *                    response matched once: rows of an export imported back, or workers who answered alike
     */
    record Outcome(int added, int duplicates, int unanswered, List<ImportReport.Skipped> skipped,
                   Map<String, Integer> skippedFor, List<String> createdWaves, List<String> createdSites,
                   List<ImportProblem> problems, int sameAnswers, List<String> undatedWaves) {
    }

    /** A site's wave, whose stored answers a file's rows are compared with. */
    private record SiteWave(org.peerpulse.domain.SiteId site, WaveId wave) {
    }

    private final SiteRepository sites;
    private final WaveRepository waves;
    private final ResponseRepository responses;

    RowStore(SiteRepository sites, WaveRepository waves, ResponseRepository responses) {
        this.sites = sites;
        this.waves = waves;
        this.responses = responses;
    }

    Outcome store(Transaction tx, String file, List<ParsedRow> rows, boolean createSites, boolean demo) {
        Storing storing = storing(tx, file, createSites, demo, () -> { });
        storing.add(rows);
        return storing.outcome();
    }

    /**
     * Stores rows batch by batch inside {@code tx}; {@code beforeFirstWrite} runs once, before the
     * first batch writes anything (the import's automatic backup).
     */
    Storing storing(Transaction tx, String file, boolean createSites, boolean demo, Runnable beforeFirstWrite) {
        return new Storing(tx, file, createSites, demo, beforeFirstWrite);
    }

    /** One file's rows on their way in. Once a row has a problem, later batches are checked but not stored. */
    final class Storing implements org.peerpulse.io.RowSink {
        private final Transaction tx;
        private final String file;
        private final boolean createSites;
        private final boolean demo;
        private Runnable beforeFirstWrite;
        private final ResponseRepository.BulkInsert stored;
        private final List<Site> knownSites;
        private final List<Wave> knownWaves;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<String> createdWaves = new ArrayList<>();
        private final List<String> undatedWaves = new ArrayList<>();
        private final List<String> createdSites = new ArrayList<>();
        /** Each wave's respondent codes (lower case) → the row of this file that has it, 0 when stored before. */
        private final Map<WaveId, Map<String, Integer>> respondentsByWave = new HashMap<>();
        /** The source ids of this file's rows → the first row with each. */
        private final Map<String, Integer> seenSources = new HashMap<>();
        private final Map<String, Optional<Site>> siteByName = new HashMap<>();
        private final Map<String, Wave> waveByLabel = new HashMap<>();
        /** The waves this file creates, and the earliest submission date of the rows stored in each. */
        private final Map<WaveId, Wave> newWaves = new HashMap<>();
        private final Map<WaveId, LocalDate> earliestSubmitted = new HashMap<>();
        private int added;
        private int duplicates;
        private int unanswered;
        private int sameAnswers;
        /** The last response stored before this file: the file's own rows are not what it is compared with. */
        private final long storedUpTo;
        /**
         * For each site's wave the file's rows without a code reach: how many responses stored before have
         * each set of answers ({@link AnswersKey}), less those the file's rows have matched already (a
         * multiset: two stored alike match two rows alike, not three). Read when the first such row comes.
         */
        private final Map<SiteWave, Map<Long, Integer>> storedAnswers = new HashMap<>();
        private String sameFile; // why every row is skipped: the same file was imported before
        private final List<ImportReport.Skipped> skipped = new ArrayList<>();
        private final Map<String, Integer> skippedFor = new java.util.LinkedHashMap<>();

        private Storing(Transaction tx, String file, boolean createSites, boolean demo, Runnable beforeFirstWrite) {
            this.tx = tx;
            this.file = file;
            this.createSites = createSites;
            this.demo = demo;
            this.beforeFirstWrite = beforeFirstWrite;
            this.stored = responses.bulk(tx);
            this.knownSites = new ArrayList<>(sites.all(tx));
            this.knownWaves = new ArrayList<>(waves.all(tx));
            this.storedUpTo = demo ? 0 : responses.lastId(tx);
        }

        @Override
        public void accept(List<ParsedRow> rows) {
            add(rows);
        }

        /** Rows of a file that will be refused: their sites are looked up, nothing is created or stored. */
        @Override
        public void check(List<ParsedRow> rows) {
            for (ParsedRow row : rows) {
                if (row.site() == null || row.answers().isEmpty()) {
                    continue; // no site column or a blank cell (the reader has said so, once), or a row skipped
                }
                Optional<Site> site = known(row);
                if (site.isEmpty() && !createSites) {
                    problems.add(unknownSite(row));
                } else if (site.isPresent() && site.get().archived()) {
                    problems.add(archivedSite(row, site.get()));
                }
            }
        }

        /** The program's site the row names, if it has one (looked up once per name). */
        private Optional<Site> known(ParsedRow row) {
            return siteByName.computeIfAbsent(row.site(), name -> find(knownSites, name));
        }

        private ImportProblem unknownSite(ParsedRow row) {
            return new ImportProblem(file, row.row(), "site", row.site(), "\"" + row.site()
                    + "\" is not a site of this program (add it first, or let the import create it)");
        }

        private ImportProblem archivedSite(ParsedRow row, Site site) {
            return new ImportProblem(file, row.row(), "site", row.site(), "\"" + row.site()
                    + "\" is the archived site " + site.name() + " (unarchive it first to import its answers)");
        }

        /** Every row will be skipped as a duplicate, for this reason (the whole file was imported before). */
        void skipEveryRow(String why) {
            sameFile = why;
        }

        void add(List<ParsedRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            rows = answered(rows);
            if (sameFile != null) {
                for (ParsedRow row : rows) {
                    duplicates++;
                    skip(new ImportReport.Skipped(row.row(), sameFile));
                }
                return;
            }
            if (beforeFirstWrite != null) {
                beforeFirstWrite.run();
                beforeFirstWrite = null;
            }
            Set<String> sourceIds = rows.stream().map(ParsedRow::sourceId).filter(id -> id != null && !id.isBlank())
                    .collect(Collectors.toSet());
            sourceIds.removeAll(seenSources.keySet());
            Set<String> storedBefore = responses.knownSourceIds(tx, sourceIds);
            List<Response> accepted = new ArrayList<>();
            for (ParsedRow row : rows) {
                Optional<Site> site = known(row);
                if (site.isEmpty() && createSites) {
                    site = Optional.of(sites.add(tx, row.site().strip(), null, null, Setting.OTHER, demo));
                    knownSites.add(site.get());
                    siteByName.clear();
                    createdSites.add(site.get().name());
                }
                if (site.isEmpty()) {
                    problems.add(unknownSite(row));
                    continue;
                }
                if (site.get().archived()) {
                    problems.add(archivedSite(row, site.get()));
                    continue;
                }
                Wave wave = waveByLabel.computeIfAbsent(row.wave(),
                        label -> knownWaves.stream().filter(w -> w.isNamed(label)).findFirst().orElse(null));
                if (wave == null) {
                    wave = waves.add(tx, row.wave().strip(), monthStart(row.wave()), demo);
                    newWaves.put(wave.id(), wave);
                    knownWaves.add(wave);
                    createdWaves.add(wave.label());
                    if (wave.date() == null) {
                        undatedWaves.add(wave.label());
                    }
                    waveByLabel.put(row.wave(), wave);
                }
                WaveId waveId = wave.id();
                Map<String, Integer> respondents = respondentsByWave.computeIfAbsent(waveId, id -> storedBefore(
                        responses.respondentCodes(tx, id)));
                String code = row.respondent() == null || row.respondent().isBlank() ? null
                        : row.respondent().strip().toLowerCase(java.util.Locale.ROOT);
                Integer earlierRespondent = code == null ? null : respondents.putIfAbsent(code, row.row());
                String source = row.sourceId() == null ? null : row.sourceId().strip();
                Integer earlierSource = source == null || source.isEmpty() ? null
                        : storedBefore.contains(source) ? Integer.valueOf(STORED_BEFORE)
                        : seenSources.putIfAbsent(source, row.row());
                if (earlierRespondent != null || earlierSource != null) {
                    duplicates++;
                    skip(earlierSource != null ? sameSubmission(row.row(), earlierSource)
                            : sameRespondent(row.row(), row.respondent().strip(), wave.label(), earlierRespondent));
                    continue;
                }
                if (!demo && code == null && (source == null || source.isEmpty())
                        && sameAsStored(new SiteWave(site.get().id(), waveId), row)) {
                    sameAnswers++;
                }
                accepted.add(new Response(site.get().id(), waveId, row.respondent(), row.submitted(),
                        row.sourceId(), row.answers()));
                LocalDate submitted = newWaves.containsKey(waveId) ? submittedIn(wave.label(), row.submitted()) : null;
                if (submitted != null) {
                    earliestSubmitted.merge(waveId, submitted, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            if (problems.isEmpty()) {
                stored.add(accepted);
                added += accepted.size();
            }
        }

        /**
         * Whether a response stored before at this site and wave has the row's answers and no row of this
         * file has matched it yet; if so it is now matched. Only the site's wave is read, once, as keys.
         */
        private boolean sameAsStored(SiteWave siteWave, ParsedRow row) {
            Map<Long, Integer> stored = storedAnswers.computeIfAbsent(siteWave,
                    sw -> responses.answerKeys(tx, sw.site(), sw.wave(), storedUpTo));
            if (stored.isEmpty()) {
                return false;
            }
            long key = AnswersKey.of(row.answers());
            Integer left = stored.get(key);
            if (left == null) {
                return false;
            }
            if (left == 1) {
                stored.remove(key);
            } else {
                stored.put(key, left - 1);
            }
            return true;
        }

        /**
         * The rows that answer at least one item; the others are skipped, and said to be. A site and a
         * wave filled down a sheet, or a REDCap form never filled in (its event, group and record id
         * only), is no one's response: stored, it would count as a respondent, make a small group look
         * big enough to show, and create a wave or site of no one. Looked at before sites and waves.
         */
        private List<ParsedRow> answered(List<ParsedRow> rows) {
            List<ParsedRow> answered = new ArrayList<>(rows.size());
            for (ParsedRow row : rows) {
                if (!row.answers().isEmpty()) {
                    answered.add(row);
                    continue;
                }
                unanswered++;
                skip(new ImportReport.Skipped(row.row(), ImportReport.NO_ANSWERS));
            }
            return answered;
        }

        /** Counts a row skipped under its reason; lists it while fewer than {@link ImportReport#SKIPPED_LISTED} are. */
        private void skip(ImportReport.Skipped row) {
            skippedFor.merge(row.reason(), 1, Integer::sum);
            if (skipped.size() < ImportReport.SKIPPED_LISTED) {
                skipped.add(row);
            }
        }

        /** The rows' problems found so far in matching them to the program (sites it lacks or has archived). */
        List<ImportProblem> problems() {
            return List.copyOf(problems);
        }

        /**
         * Writes the summary counts still gathered and says what storing did; with problems, nothing
         * counts as added (the caller rolls the transaction back). Called once, before committing.
         */
        Outcome outcome() {
            if (problems.isEmpty()) {
                stored.finish();
                dateNewWavesByTheirEarliestSubmission();
            }
            return new Outcome(problems.isEmpty() ? added : 0, duplicates, unanswered, skipped, skippedFor,
                    createdWaves, createdSites, problems, problems.isEmpty() ? sameAnswers : 0, undatedWaves);
        }

        /**
         * A wave this file created is dated by the earliest submission among the rows stored in it (in its
         * label's month, for a label like 2020-09): the day it began to be fielded. Without one it keeps
         * the date it was created with (that month's first day, or none).
         */
        private void dateNewWavesByTheirEarliestSubmission() {
            earliestSubmitted.forEach((id, earliest) -> {
                Wave wave = newWaves.get(id);
                if (!earliest.equals(wave.date())) {
                    waves.update(tx, new Wave(id, wave.label(), earliest, wave.demo()));
                    undatedWaves.remove(wave.label());
                }
            });
        }
    }

    /** The row a code or source id stored before an import is "in". */
    private static final int STORED_BEFORE = 0;

    private static Map<String, Integer> storedBefore(Set<String> codes) {
        Map<String, Integer> rows = new HashMap<>();
        codes.forEach(code -> rows.put(code, STORED_BEFORE));
        return rows;
    }

    /** A row skipped as the submission (Kobo's _uuid, REDCap's record) came in before. */
    private static ImportReport.Skipped sameSubmission(int row, int firstRow) {
        return firstRow == STORED_BEFORE
                ? new ImportReport.Skipped(row, "the same submission was imported before",
                        "already imported (the same submission id)")
                : new ImportReport.Skipped(row, "the same submission as row " + firstRow,
                        "the same submission id as an earlier row");
    }

    /** A row skipped as its respondent code and wave identify a response there already (instrument.md). */
    private static ImportReport.Skipped sameRespondent(int row, String code, String wave, int firstRow) {
        return firstRow == STORED_BEFORE
                ? new ImportReport.Skipped(row, "respondent " + code + " answered wave " + wave
                        + " in a response stored before", "already imported (the same respondent code and wave)")
                : new ImportReport.Skipped(row, "respondent " + code + " answered wave " + wave + " in row " + firstRow
                        + " too", "the same respondent code and wave as an earlier row");
    }

    private static Optional<Site> find(List<Site> sites, String name) {
        return sites.stream().filter(s -> s.isNamed(name)).findFirst();
    }

    /** A new wave's date until its rows say when they were answered: the first day of a label like 2020-09. */
    private static LocalDate monthStart(String label) {
        YearMonth month = monthOf(label);
        return month == null ? null : month.atDay(1);
    }

    /** The day a row's answers were given, when it says (and, for a label like 2020-09, in that month). */
    private static LocalDate submittedIn(String label, String submitted) {
        if (submitted == null || submitted.strip().length() < 10) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(submitted.strip().substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
        YearMonth month = monthOf(label);
        return month == null || YearMonth.from(day).equals(month) ? day : null;
    }

    private static YearMonth monthOf(String label) {
        try {
            return YearMonth.parse(label.strip());
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }
}
