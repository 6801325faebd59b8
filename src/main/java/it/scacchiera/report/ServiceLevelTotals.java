package it.scacchiera.report;

import java.util.List;

/** The sums the {@code report} verb ends with: {@code required=<r> planned=<p> short=<s>} (SPEC §5). */
public record ServiceLevelTotals(long required, long planned, long shortfall) {
    public static ServiceLevelTotals of(List<ServiceLevelRow> rows) {
        long required = 0;
        long planned = 0;
        long shortfall = 0;
        for (ServiceLevelRow row : rows) {
            required += row.required();
            planned += row.staffed();
            shortfall += row.shortfall();
        }
        return new ServiceLevelTotals(required, planned, shortfall);
    }

    public String summary() {
        return "required=" + required + " planned=" + planned + " short=" + shortfall;
    }
}
