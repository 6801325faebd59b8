package it.scacchiera.ui.main;

import it.scacchiera.BuildInfo;
import it.scacchiera.ui.help.HelpWindow;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;

/**
 * The menu items around the plan: File ▸ New site… and the Help menu (the pages of {@code docs/}, the
 * keys, the file formats, About with the build's version). Added to the window's menu bar after it is loaded.
 */
public final class AppMenus {
    private final ResourceBundle bundle;
    private final Window owner;
    private final Runnable newSite;
    private final Consumer<String> externalLink;
    private HelpWindow help;

    /**
     * @param newSite File ▸ New site…
     * @param externalLink what to do with a link out of the documentation (e.g. say it in the status)
     */
    public AppMenus(ResourceBundle bundle, Window owner, Runnable newSite, Consumer<String> externalLink) {
        this.bundle = bundle;
        this.owner = owner;
        this.newSite = newSite;
        this.externalLink = externalLink;
    }

    /** Adds New site… after File ▸ Open site… and the Help menu last. */
    public void install(MenuBar bar) {
        Menu file = bar.getMenus().get(0);
        var createSite = new MenuItem(bundle.getString("menu.file.newSite"));
        createSite.setId("newSiteItem");
        createSite.setOnAction(e -> newSite.run());
        file.getItems().add(1, createSite);
        var contents = new MenuItem(bundle.getString("menu.help.contents"));
        contents.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        contents.setOnAction(e -> help().show("README.md"));
        var keys = new MenuItem(bundle.getString("menu.help.keys"));
        keys.setOnAction(e -> help().show("keys.md"));
        var files = new MenuItem(bundle.getString("menu.help.files"));
        files.setOnAction(e -> help().show("site-files.md"));
        var about = new MenuItem(bundle.getString("menu.help.about"));
        about.setOnAction(e -> about().show());
        var helpMenu = new Menu(bundle.getString("menu.help"), null, contents, keys, files, about);
        helpMenu.setId("helpMenu");
        bar.getMenus().add(helpMenu);
    }

    private HelpWindow help() {
        if (help == null) {
            help = new HelpWindow(owner, bundle, externalLink);
        }
        return help;
    }

    /** Help ▸ About: the version this build carries, the licence, the privacy promise. */
    Alert about() {
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(bundle.getString("about.title"));
        alert.setHeaderText(MessageFormat.format(
                bundle.getString("about.header"), BuildInfo.read().version()));
        alert.setContentText(bundle.getString("about.text"));
        return alert;
    }
}
