package it.scacchiera.report;

import it.scacchiera.roster.ScheduleEntry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One row of the contact list (SPEC §4): an office row of the operator asked about, and another
 * operator's row that shared its room at the same time or its desk within a day.
 *
 * @param squaredDistance the square of the distance between the two desk centres in m², exact from the
 *     floor's cell size, so that equal distances sort as equal; 0 for {@link ContactReason#SAME_DESK}
 * @param overlapMinutes of the two real intervals; 0 for {@link ContactReason#SAME_DESK}
 */
public record Contact(
        ScheduleEntry row,
        ScheduleEntry contact,
        BigDecimal squaredDistance,
        long overlapMinutes,
        ContactReason reason) {
    public double distanceMetres() {
        return Math.sqrt(squaredDistance.doubleValue());
    }

    /** The distance rounded half up to {@code places} decimals from its exact square. */
    public BigDecimal distanceMetres(int places) {
        return squaredDistance.sqrt(MathContext.DECIMAL128).setScale(places, RoundingMode.HALF_UP);
    }
}
