package it.scacchiera.ui.plan;

import it.scacchiera.input.InputException;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Reads a site's planning files in the background, and says why planning is off when they do not read. */
final class SiteLoad {
    private final ReadOnlyObjectWrapper<Exception> siteFailure;
    private final Executor background;
    private final Executor fxThread;

    /** @param bean the plan, named as the property's bean */
    SiteLoad(Object bean, Executor background, Executor fxThread) {
        this.siteFailure = new ReadOnlyObjectWrapper<>(bean, "siteFailure");
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Hands the site read to {@code setSite} on the FX thread, or sets the failure there. */
    void open(SiteReader reader, Path folder, Consumer<Site> setSite) {
        siteFailure.set(null);
        background.execute(() -> {
            try {
                Site read = reader.readFolder(folder);
                fxThread.execute(() -> setSite.accept(read));
            } catch (IOException | InputException | RuntimeException e) {
                fxThread.execute(() -> siteFailure.set(e));
            }
        });
    }

    ReadOnlyObjectProperty<Exception> failure() {
        return siteFailure.getReadOnlyProperty();
    }
}
