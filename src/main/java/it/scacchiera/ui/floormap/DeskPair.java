package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.DeskId;

/** Two desks drawn joined by a red dashed line: a broken distancing rule in the shown plan. */
public record DeskPair(DeskId first, DeskId second) {}
