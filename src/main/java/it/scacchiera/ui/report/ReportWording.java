package it.scacchiera.ui.report;

import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.report.ServiceLevelTotals;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.util.StringConverter;

/** The report tab's words and numbers in the bundle's locale. */
final class ReportWording {
    private final ResourceBundle bundle;
    private final DateTimeFormatter day;
    private final NumberFormat numbers;

    ReportWording(ResourceBundle bundle) {
        this.bundle = bundle;
        this.day = DateTimeFormatter.ofPattern("EEE d MMM", bundle.getLocale()); // as the plan bar writes days
        this.numbers = NumberFormat.getIntegerInstance(bundle.getLocale());
    }

    /** A chart category: the day as the plan bar writes it, then the shift, e.g. "Mon 23 Nov M". */
    String slot(ServicePoint point) {
        return day.format(point.date()) + " " + point.shift();
    }

    String totals(ServiceLevelTotals totals) {
        return MessageFormat.format(
                bundle.getString("report.totals"),
                numbers.format(totals.required()),
                numbers.format(totals.planned()),
                numbers.format(totals.shortfall()));
    }

    /** A count in the window's language: 1.120 desks in Italian. */
    String count(long value) {
        return numbers.format(value);
    }

    /** Tick labels of the operators axis in the window's language. */
    StringConverter<Number> axis() {
        NumberFormat ticks = NumberFormat.getNumberInstance(bundle.getLocale());
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : ticks.format(value);
            }

            @Override
            public Number fromString(String text) {
                try {
                    return ticks.parse(text);
                } catch (ParseException e) {
                    throw new IllegalArgumentException(text, e);
                }
            }
        };
    }

    String capacity(CapacityResult result) {
        return result.optimal()
                ? MessageFormat.format(bundle.getString("rooms.capacity.optimal"), numbers.format(result.capacity()))
                : MessageFormat.format(
                        bundle.getString("rooms.capacity.bound"),
                        numbers.format(result.capacity()),
                        numbers.format(result.upperBound()));
    }

    String rule(DistanceRule rule) {
        if (rule instanceof DistanceRule.Metric metric) {
            return MessageFormat.format(
                    bundle.getString("report.rule.metres"),
                    NumberFormat.getInstance(bundle.getLocale()).format(metric.metres()));
        }
        return bundle.getString(rule instanceof DistanceRule.King ? "report.rule.king" : "report.rule.checkerboard");
    }
}
