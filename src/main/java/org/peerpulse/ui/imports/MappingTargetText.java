package org.peerpulse.ui.imports;

import javafx.util.StringConverter;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.ColumnMapping;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.entry.ItemTexts;

/**
 * What a column can map to, as the mapping table shows it: the PSP-1 code a coordinator finds in
 * the instrument, with what it asks ("fin_overall — Your financial situation").
 */
final class MappingTargetText extends StringConverter<String> {
    private static final String BETWEEN = " \u2014 ";

    @Override
    public String toString(String target) {
        if (target == null) {
            return "";
        }
        return target + BETWEEN + meaning(target);
    }

    @Override
    public String fromString(String text) {
        if (text == null) {
            return null;
        }
        int between = text.indexOf(BETWEEN);
        return between < 0 ? text : text.substring(0, between);
    }

    private static String meaning(String target) {
        if (target.equals(ColumnMapping.IGNORE) || Psp1.METADATA.contains(target)) {
            return Messages.tr("wizard.target." + target);
        }
        return ItemTexts.question(target);
    }
}
