package it.scacchiera.planning;

import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One operator on one date of the horizon: off ({@code shift} null) or one shift, with a service
 * and a location. Times are real minutes since the horizon's first midnight in the site's zone
 * ({@link Timeline}), so every rule compares real intervals across midnight, across days and across
 * the nights the clocks change.
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
    private Timeline timeline;

    // The interval of the shift last asked about, so the rules' hot path is one reference compare.
    private Shift timedShift;
    private long start;
    private long end;

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
            List<String> serviceRange,
            Timeline timeline) {
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
        this.timeline = timeline;
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
        timed();
        return start;
    }

    public long getEnd() {
        timed();
        return end;
    }

    /** When {@code s} would start if this operator worked it on this date: construction tries shifts with it. */
    public long startIf(Shift s) {
        return s == shift ? getStart() : timeline.start(dayIndex, s);
    }

    /** When {@code s} would end if this operator worked it on this date. */
    public long endIf(Shift s) {
        return s == shift ? getEnd() : timeline.end(dayIndex, s);
    }

    private void timed() {
        if (timedShift != shift) {
            start = timeline.start(dayIndex, shift);
            end = timeline.end(dayIndex, shift);
            timedShift = shift;
        }
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

    public Timeline getTimeline() {
        return timeline;
    }

    public int getSanitizeMinutes() {
        return sanitizeMinutes;
    }

    /** Whether this day differs from the published plan's (a day off there and here is no change). */
    public boolean isChangedFromPublished() {
        Published p = published;
        return p != null
                && (!Objects.equals(p.shift(), getShiftCode())
                        || (isWorking()
                                && (!Objects.equals(p.service(), service) || !Objects.equals(p.location(), location))));
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
