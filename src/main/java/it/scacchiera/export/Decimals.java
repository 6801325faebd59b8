package it.scacchiera.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the report CSVs write them: '.' as decimal point whatever the locale, NaN as an empty cell. */
final class Decimals {
    private Decimals() {}

    /** Rounded half up to {@code places} decimals of the double's exact value. */
    static String fixed(double value, int places) {
        if (Double.isNaN(value)) {
            return "";
        }
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** As given: 3795, 12.5; no trailing zeros, no exponent. */
    static String plain(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }
}
