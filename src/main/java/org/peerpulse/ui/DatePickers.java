package org.peerpulse.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Every date picker: it writes its date as the tables do ({@link Formats#date}: "Jun 1, 2022", not
 * 6/1/2022, which reads as January 6th in much of Canada) and reads that or an ISO date typed in.
 */
public final class DatePickers {
    private DatePickers() {
    }

    public static DatePicker of(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return Formats.parseDate(text);
                } catch (DateTimeParseException notADate) {
                    return picker.getValue(); // kept
                }
            }
        });
        // on leaving it, its date as the tables write it, in place of what was typed ("2022-06-01", or not a date)
        picker.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
            }
        });
        return picker;
    }
}
