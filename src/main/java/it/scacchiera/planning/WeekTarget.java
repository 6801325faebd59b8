package it.scacchiera.planning;

/** How many days an operator must work in one horizon week (rule 7). */
public record WeekTarget(String operatorId, int week, int target) {}
