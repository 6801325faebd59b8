package it.scacchiera.ui.plan;

/** An operator working from home in the shown shift, as listed beside the map. */
public record RemoteWorker(String operatorId, String name, boolean pinned) {
    @Override
    public String toString() {
        return operatorId + " " + name; // the list draws the pin as a shape (RemoteCell)
    }
}
