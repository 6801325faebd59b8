package it.scacchiera.planning;

import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One operator on one date of the horizon: off ({@code shift} null) or one shift, with a service
 * and a location. Times are minutes since the horizon's first midnight, so every rule compares
 * real intervals across midnight and across days.
 */
@PlanningEntity
public class Assignment {
    public static final long MINUTES_PER_DAY = 24 * 60;
    public static final long REST_MINUTES = 11 * 60;

    @PlanningId
    private String id;

    private Operator operator;
    private LocalDate date;
    private int dayIndex;
    private WeekTarget weekTarget;
    private boolean remoteAllowed;
    private int sanitizeMinutes;
    private List<Shift> shiftRange;
    private List<String> serviceRange;
    private Published published;

    @PlanningVariable(valueRangeProviderRefs = "shiftRange", nullable = true)
    private Shift shift;

    @PlanningVariable(valueRangeProviderRefs = "serviceRange")
    private String service;

    @PlanningVariable(valueRangeProviderRefs = "locations")
    private Location location;

    @PlanningPin
    private boolean pinned;

    /** For OptaPlanner's cloner. */
    public Assignment() {}

    public Assignment(
            String id,
            Operator operator,
            LocalDate date,
            int dayIndex,
            WeekTarget weekTarget,
            boolean remoteAllowed,
            int sanitizeMinutes,
            List<Shift> shiftRange,
            List<String> serviceRange) {
        this.id = id;
        this.operator = operator;
        this.date = date;
        this.dayIndex = dayIndex;
        this.weekTarget = weekTarget;
        this.remoteAllowed = remoteAllowed;
        this.sanitizeMinutes = sanitizeMinutes;
        this.shiftRange = List.copyOf(shiftRange);
        this.serviceRange = List.copyOf(serviceRange);
        this.location = Location.REMOTE;
    }

    /** What the previously published plan said for this operator and date (soft: fewest changes). */
    public record Published(String shift, String service, Location location) {}

    @ValueRangeProvider(id = "shiftRange")
    public List<Shift> getShiftRange() {
        return shiftRange;
    }

    @ValueRangeProvider(id = "serviceRange")
    public List<String> getServiceRange() {
        return serviceRange;
    }

    public boolean isWorking() {
        return shift != null;
    }

    public boolean isOffice() {
        return shift != null && location != null && location.office();
    }

    public boolean isRemote() {
        return shift != null && location != null && location.remote();
    }

    public long getStart() {
        return startIf(shift);
    }

    /** When this operator would start on this date if working {@code s}: the one place a slot's time is computed. */
    public long startIf(Shift s) {
        return dayIndex * MINUTES_PER_DAY + s.start().toSecondOfDay() / 60;
    }

    /** When this operator would end on this date if working {@code s}. */
    public long endIf(Shift s) {
        return startIf(s) + s.minutes();
    }

    public long getEnd() {
        return endIf(shift);
    }

    /** The earliest start of the operator's next shift (rule 6). */
    public long getRestEnd() {
        return getEnd() + REST_MINUTES;
    }

    /** The earliest start of another operator on this desk (rule 8). */
    public long getSanitizedEnd() {
        return getEnd() + sanitizeMinutes;
    }

    public LocalDateTime getStartDateTime() {
        return shift == null ? date.atStartOfDay() : shift.startOn(date);
    }

    public String getOperatorId() {
        return operator.id();
    }

    public String getShiftCode() {
        return shift == null ? null : shift.code();
    }

    public String getRoomId() {
        return location == null ? null : location.roomId();
    }

    public String getId() {
        return id;
    }

    public Operator getOperator() {
        return operator;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public int getWeek() {
        return weekTarget.week();
    }

    public WeekTarget getWeekTarget() {
        return weekTarget;
    }

    public boolean isRemoteAllowed() {
        return remoteAllowed;
    }

    public int getSanitizeMinutes() {
        return sanitizeMinutes;
    }

    public Published getPublished() {
        return published;
    }

    public void setPublished(Published published) {
        this.published = published;
    }

    public Shift getShift() {
        return shift;
    }

    public void setShift(Shift shift) {
        this.shift = shift;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return id + (shift == null ? " off" : " " + shift.code() + " " + service + " " + location);
    }

    /**
     * Whether {@code moving} could work [start, end) and keep 11 hours of rest from the operator's other
     * working days in {@code days} (rule 6), the way construction and repair try a new slot.
     */
    static boolean rested(List<Assignment> days, Assignment moving, long start, long end) {
        for (Assignment b : days) {
            if (b != moving
                    && b.isWorking()
                    && b.getEnd() + REST_MINUTES > start
                    && end + REST_MINUTES > b.getStart()) {
                return false;
            }
        }
        return true;
    }
}
