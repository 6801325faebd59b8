package it.scacchiera.ui.plan;

import java.time.LocalDate;

/** One operator on one date: the unit a planner moves, pins or sends home. */
public record OperatorDay(String operatorId, LocalDate date) {}
