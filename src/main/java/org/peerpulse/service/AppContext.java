package org.peerpulse.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.peerpulse.storage.DataFolder;
import org.peerpulse.storage.AuditRepository;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ImportedFiles;
import org.peerpulse.storage.InterventionRepository;
import org.peerpulse.storage.MappingRepository;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;
import org.peerpulse.storage.SiteMerge;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.SummaryRepository;
import org.peerpulse.storage.SupportRepository;
import org.peerpulse.storage.WaveRepository;

/**
 * The composition root: opens one program's database and wires every service to it.
 * Built once by the app ({@code Application.init()}) or by a command; no singletons.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ProgramService program;
    private final ImportService imports;
    private final DemoService demo;
    private final TrendService trends;
    private final OverviewService overview;
    private final ChangeService changes;
    private final AssociationService associations;
    private final ProQolService proqol;
    private final MappingService mappings;
    private final TopStressorsService topStressors;
    private final WellbeingService wellbeing;
    private final InstrumentService instrument = new InstrumentService();
    private final EntryService entry;
    private final ExportService exports;
    private final InterventionService interventions;
    private final ReportService reports;
    private final BackupService backups;
    private final AuditTrail audit;
    private final AuditLog auditLog;

    public AppContext(Database database, Clock clock) {
        this(database, clock, AuditTrail.SYSTEM_USER);
    }

    /** @param osUser who the audit trail records as the user (the operating system's, or a test's) */
    public AppContext(Database database, Clock clock, Supplier<String> osUser) {
        this.database = database;
        SiteRepository sites = new SiteRepository(database);
        WaveRepository waves = new WaveRepository(database);
        ResponseRepository responses = new ResponseRepository(database, clock);
        SettingsRepository settings = new SettingsRepository(database);
        RowStore store = new RowStore(sites, waves, responses);
        AuditRepository auditEntries = new AuditRepository(database);
        this.audit = new AuditTrail(auditEntries, sites, waves, clock, osUser);
        this.auditLog = new AuditLog(auditEntries, clock);
        this.program = new ProgramService(database, sites, waves, responses, settings, new SiteMerge(database), audit);
        this.imports = new ImportService(database, store, audit, new ImportedFiles(clock));
        Calculators calculators = new Calculators(new SummaryRepository(database), settings);
        this.trends = new TrendService(sites, waves, calculators);
        this.overview = new OverviewService(sites, waves, calculators);
        this.changes = new ChangeService(sites, calculators);
        this.topStressors = new TopStressorsService(calculators);
        this.wellbeing = new WellbeingService(waves, calculators);
        this.associations = new AssociationService(database, responses, settings, calculators);
        this.proqol = new ProQolService(database, responses, settings, calculators);
        this.mappings = new MappingService(new MappingRepository(database, clock));
        this.entry = new EntryService(database, waves, responses, audit);
        this.exports = new ExportService(trends, sites, waves, responses, audit, calculators);
        SupportRepository supports = new SupportRepository(database);
        InterventionRepository plans = new InterventionRepository(database);
        this.interventions = new InterventionService(supports, plans, sites, waves, calculators);
        this.demo = new DemoService(database, sites, waves, responses, store, supports, plans, audit);
        this.reports = new ReportService(new ReportSources(program, trends, changes, overview, topStressors,
                wellbeing, proqol, interventions), clock, audit);
        this.backups = new BackupService(database, audit);
    }

    /** The program database the app and the command line open when none is named. */
    public static Path defaultDatabase() {
        return DataFolder.defaultDatabase();
    }

    public static AppContext open(Path databaseFile) {
        return new AppContext(Database.open(databaseFile), Clock.systemDefaultZone());
    }

    /**
     * Reads every row of the program's file once, as opening does unless told to leave it for later.
     *
     * @throws org.peerpulse.domain.ProgramFileException when the file is damaged
     */
    public void readEveryRow() {
        database.readEveryRow();
    }

    public String databaseDescription() {
        return database.description();
    }

    /** The program's file without .mv.db; empty for an in-memory program. */
    public java.util.Optional<Path> databaseFile() {
        return database.file();
    }

    public boolean isEncrypted() {
        return database.isEncrypted();
    }

    public BackupService backups() {
        return backups;
    }

    public ProgramService program() {
        return program;
    }

    public ImportService imports() {
        return imports;
    }

    public DemoService demo() {
        return demo;
    }

    public TrendService trends() {
        return trends;
    }

    public OverviewService overview() {
        return overview;
    }

    public ChangeService changes() {
        return changes;
    }

    public AssociationService associations() {
        return associations;
    }

    public ProQolService proqol() {
        return proqol;
    }

    public MappingService mappings() {
        return mappings;
    }

    public TopStressorsService topStressors() {
        return topStressors;
    }

    public InstrumentService instrument() {
        return instrument;
    }

    public WellbeingService wellbeing() {
        return wellbeing;
    }

    public InterventionService interventions() {
        return interventions;
    }

    public EntryService entry() {
        return entry;
    }

    public ExportService exports() {
        return exports;
    }

    public ReportService reports() {
        return reports;
    }

    /** Where exports, reports and switches of "show small numbers" are recorded. */
    public AuditTrail audit() {
        return audit;
    }

    /** The audit trail to read, filter and export. */
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public void close() {
        database.close();
    }
}
