package org.peerpulse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One JSON document on stdout: numbers as numbers, missing or suppressed values as null. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    /** Rounds to {@code digits} significant digits (p-values: 0.2041, 2.954e-07), keeping null as null. */
    static Double significant(Double value, int digits) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return new BigDecimal(value).round(new java.math.MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
    }

    /** Rounds for output (half up), keeping null as null. */
    static Double round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
