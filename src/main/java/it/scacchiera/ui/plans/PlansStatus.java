package it.scacchiera.ui.plans;

/** The status line: an activity and its detail (a plan label, a count or a failure's words). */
public record PlansStatus(Activity activity, String detail) {
    public static final PlansStatus IDLE = new PlansStatus(Activity.IDLE, "");

    public PlansStatus {
        detail = detail == null ? "" : detail;
    }
}
