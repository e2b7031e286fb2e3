package org.peerpulse.io.instrument;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;

/**
 * The wording of PSP-1's questions and choices, for the forms PeerPulse writes (XLSForm, REDCap)
 * and for reading back a tool's "labels" export. English now; a {@code psp1_fr.properties} beside
 * it adds French without code changes.
 */
public final class Psp1Text {
    private final ResourceBundle bundle;

    public Psp1Text(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.peerpulse.io.instrument.psp1", locale);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** The question of an item; ProQOL items are numbered only. */
    public String question(Item item) {
        if (item.values() == ValueSet.PROQOL) {
            return MessageFormat.format(bundle.getString("item.proqol"), Integer.parseInt(item.code().substring(2)));
        }
        return bundle.getString("item." + item.code());
    }

    public String choice(ValueSet values, String code) {
        return bundle.getString("choice." + values.code() + "." + code);
    }

    public String group(StressDomain domain) {
        return bundle.getString("group." + domain.code());
    }

    /** Question wording → item code (and the metadata questions → site, wave, respondent), for a "labels" export. */
    public Map<String, String> itemCodeByQuestion() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(text("meta.site"), org.peerpulse.domain.Psp1.SITE);
        codes.put(text("meta.wave"), org.peerpulse.domain.Psp1.WAVE);
        codes.put(text("meta.respondent"), org.peerpulse.domain.Psp1.RESPONDENT);
        org.peerpulse.domain.Psp1.items().forEach(item -> codes.put(question(item), item.code()));
        return codes;
    }

    /** For every item with choices, its choice labels → value codes. */
    public Map<String, Map<String, String>> choiceCodesByItem() {
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        org.peerpulse.domain.Psp1.items().stream().filter(item -> item.values() != ValueSet.FREE_TEXT)
                .forEach(item -> codes.put(item.code(), choiceCodeByLabel(item.values())));
        return codes;
    }

    /** Choice label → value code, in the value set's order: what a "labels" export is read back with. */
    public Map<String, String> choiceCodeByLabel(ValueSet values) {
        Map<String, String> codes = new LinkedHashMap<>();
        values.codes().forEach(code -> codes.put(choice(values, code), code));
        return codes;
    }
}
