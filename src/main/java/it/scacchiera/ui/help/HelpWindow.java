package it.scacchiera.ui.help;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Contents: the documentation pages of {@code docs/} rendered in the app, a list of pages
 * beside the open one; links between pages stay in the window, others go to {@code external}.
 */
public final class HelpWindow {
    private final Stage stage = new Stage();
    private final ListView<HelpPage> pages = new ListView<>();
    private final ScrollPane content = new ScrollPane();
    private final ResourceBundle bundle;
    private final MarkdownBlocks markdown;

    public HelpWindow(Window owner, ResourceBundle bundle, Consumer<String> external) {
        this.bundle = bundle;
        this.markdown = new MarkdownBlocks(link -> follow(link, external));
        pages.getItems().setAll(HelpPage.ALL);
        pages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HelpPage page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : bundle.getString(page.titleKey()));
            }
        });
        pages.getSelectionModel().selectedItemProperty().addListener((o, was, page) -> {
            if (page != null) {
                open(page.file());
            }
        });
        pages.setPrefWidth(200);
        content.setFitToWidth(true);
        var split = new SplitPane(pages, content);
        split.setDividerPositions(0.22);
        var scene = new Scene(split, 960, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(bundle.getString("help.title"));
    }

    /** Shows the window on a page of {@link HelpPage#ALL}, e.g. {@code "keys.md"}. */
    public void show(String file) {
        HelpPage.ALL.stream()
                .filter(p -> p.file().equals(file))
                .findFirst()
                .ifPresentOrElse(pages.getSelectionModel()::select, () -> open(file));
        stage.show();
        stage.toFront();
    }

    /** The file of the page on screen, for tests. */
    String openFile() {
        return (String) content.getProperties().get("help.file");
    }

    private void follow(String link, Consumer<String> external) {
        String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        if (!link.contains(":") && file.endsWith(".md")) {
            show(file);
        } else {
            external.accept(link);
        }
    }

    private void open(String file) {
        String text = HelpPage.read(file);
        content.getProperties().put("help.file", file);
        content.setContent(
                text == null
                        ? new Label(java.text.MessageFormat.format(bundle.getString("help.missing"), file))
                        : markdown.render(text));
        content.setVvalue(0);
    }
}
