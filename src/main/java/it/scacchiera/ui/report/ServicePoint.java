package it.scacchiera.ui.report;

import java.time.LocalDate;

/** One bar pair of the chart: a date and shift of the chosen service, operators required and planned. */
public record ServicePoint(LocalDate date, String shift, int required, int planned) {}
