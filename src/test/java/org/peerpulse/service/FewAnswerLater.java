package org.peerpulse.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;

/**
 * Two sites and two waves where Anchor House's second wave has 10 responses but only 3 answer an
 * analysis's items (20 answer them in its first wave, and at Birch Street in both): the site's whole
 * over both waves less its first wave would be those 3.
 *
 * @param answers the items an analysis needs, as the r-th respondent answers them
 */
record FewAnswerLater(Site anchor, Site birch, Wave first, Wave second) {

    static FewAnswerLater fill(AppContext context, IntFunction<Map<String, String>> answers) {
        FewAnswerLater program = new FewAnswerLater(
                context.program().addSite("Anchor House", null, null, Setting.HOUSING),
                context.program().addSite("Birch Street", null, null, Setting.OUTREACH),
                context.program().addWave("2024-03", null), context.program().addWave("2024-09", null));
        add(context, program.anchor(), program.first(), 20, 20, answers);
        add(context, program.anchor(), program.second(), 10, 3, answers);
        add(context, program.birch(), program.first(), 20, 20, answers);
        add(context, program.birch(), program.second(), 20, 20, answers);
        return program;
    }

    private static void add(AppContext context, Site site, Wave wave, int responses, int answering,
                            IntFunction<Map<String, String>> answers) {
        for (int r = 0; r < responses; r++) {
            Map<String, String> response = new HashMap<>(Map.of("fin_overall", String.valueOf(1 + r % 5)));
            if (r < answering) {
                response.putAll(answers.apply(r));
            }
            context.entry().save(new Response(site.id(), wave.id(), null, null, null, response));
        }
    }
}
