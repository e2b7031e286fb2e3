package org.peerpulse.service;

/** The services a report takes every figure from, so that it shows exactly what they show (suppression included). */
record ReportSources(ProgramService program, TrendService trends, ChangeService changes, OverviewService overview,
                     TopStressorsService topStressors, WellbeingService wellbeing, ProQolService proqol,
                     InterventionService interventions) {
}
