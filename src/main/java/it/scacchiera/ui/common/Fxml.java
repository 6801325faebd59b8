package it.scacchiera.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML, beside its class in the jar, with the bundle's texts and the given controller. */
public final class Fxml {
    private Fxml() {}

    public static Parent load(Class<?> view, ResourceBundle bundle, Object controller) {
        String file = view.getSimpleName() + ".fxml";
        var loader = new FXMLLoader(view.getResource(file), bundle);
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is part of the jar", e);
        }
    }
}
