package org.peerpulse.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.Progress;
import org.peerpulse.io.report.PdfReportWriter;
import org.peerpulse.io.report.ReportBlock;
import org.peerpulse.io.report.ReportDocument;

/**
 * The PDF report of a site or the whole program (product.md, 10). Every figure comes from the
 * services the views and commands use, always with the small-number rules (analysis.md rule 5),
 * so the report shows what {@code trends}, {@code compare} and the dashboard show and hides what
 * they hide. Every report is finished in {@link #write}.
 */
public final class ReportService {
    private final ReportSources sources;
    private final Clock clock;
    private final AuditTrail audit;

    ReportService(ReportSources sources, Clock clock, AuditTrail audit) {
        this.sources = sources;
        this.clock = clock;
        this.audit = audit;
    }

    /** The report's content, laid out by nobody yet (what {@link #write} puts on paper). */
    public ReportDocument build(ReportRequest request) {
        ReportScope scope = ReportScope.of(request, sources.program(), LocalDate.now(clock));
        ReportFrontMatter front = new ReportFrontMatter(scope);
        List<InterventionReport> interventions = sources.interventions().reports(
                Optional.ofNullable(request.site()).map(s -> s.id()), false,
                scope.endsBeforeTheLatestWave() ? scope.waves().get(scope.waves().size() - 1) : null);
        ReportInterventionSection interventionSection = new ReportInterventionSection(scope);
        ReportDomainSection domains = new ReportDomainSection(sources, scope);
        ReportWellbeingSection wellbeing = new ReportWellbeingSection(sources, scope);

        List<ReportBlock> blocks = new ArrayList<>(front.titlePage());
        blocks.addAll(new ReportSummarySection(sources, scope).blocks(interventions));
        for (StressDomain domain : StressDomain.values()) {
            blocks.addAll(domains.blocks(domain, interventionSection.bands(interventions, domain)));
        }
        blocks.addAll(wellbeing.topStressors());
        blocks.addAll(wellbeing.wellbeing());
        blocks.addAll(interventionSection.blocks(interventions));
        blocks.addAll(front.methods());
        return new ReportDocument(front.title(), scope.wavesCovered(), blocks);
    }

    /**
     * Builds the report and writes it to {@code file} whole or not at all. Every report (command
     * line or Reports screen) ends here, so that the audit trail can record it in one place.
     */
    public ReportResult write(ReportRequest request, Path file, Progress progress) {
        ReportDocument document = build(request);
        int pages;
        try {
            pages = PdfReportWriter.write(document, file, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        return finished(new ReportResult(file, pages, request));
    }

    /** Where every report ends once its file is complete: written to the audit trail. */
    private ReportResult finished(ReportResult result) {
        audit.reportMade(result.file(), result.pages(), filters(result.request()));
        return result;
    }

    /** The report's filters as the user chose them, for the audit trail. */
    private static String filters(ReportRequest request) {
        String where = request.isSiteReport() ? "site " + request.site().name() : "all sites";
        String from = request.from() == null ? "first wave" : request.from().label();
        String to = request.to() == null ? "latest wave" : request.to().label();
        return where + ", " + from + " to " + to;
    }
}
