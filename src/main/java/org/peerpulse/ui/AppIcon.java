package org.peerpulse.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Every icon of the app by what it means; {@link #graphic()} makes a new node each call. */
public enum AppIcon {
    IMPORT(MaterialDesignF.FILE_IMPORT_OUTLINE),
    EXPORT(MaterialDesignF.FILE_EXPORT_OUTLINE),
    REFRESH(MaterialDesignR.REFRESH),
    DEMO(MaterialDesignI.INFORMATION_OUTLINE),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    RISING(MaterialDesignA.ARROW_UP_BOLD),
    FALLING(MaterialDesignA.ARROW_DOWN_BOLD),
    STEADY(MaterialDesignA.ARROW_RIGHT_BOLD),
    ALERT(MaterialDesignA.ALERT_OUTLINE),
    SMALL_NUMBERS(MaterialDesignE.EYE_OUTLINE),
    TABLE(MaterialDesignT.TABLE),
    CHART(MaterialDesignC.CHART_LINE),
    COMPARE(MaterialDesignC.COMPARE_HORIZONTAL),
    ASSOCIATION(MaterialDesignT.TABLE_LARGE),
    RANKING(MaterialDesignF.FORMAT_LIST_NUMBERED),
    HEALTH(MaterialDesignH.HEART_PULSE),
    TRENDS(MaterialDesignT.TRENDING_UP),
    INTERVENTIONS(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE),
    REPORT(MaterialDesignF.FILE_PDF_BOX),
    AUDIT(MaterialDesignH.HISTORY);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon graphic() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
