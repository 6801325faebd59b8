package it.scacchiera.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown page (parsed by commonmark) into JavaFX nodes styled by {@code app.css}: headings,
 * paragraphs, lists, code blocks and tables, with links handed to {@code onLink}.
 */
final class MarkdownBlocks {
    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Consumer<String> onLink;

    MarkdownBlocks(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    VBox render(String markdown) {
        VBox page = children(parser.parse(markdown));
        page.getStyleClass().add("help-page");
        return page;
    }

    private VBox children(Node parent) {
        VBox box = new VBox(8);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            box.getChildren().add(block(n));
        }
        return box;
    }

    private javafx.scene.Node block(Node n) {
        if (n instanceof Heading heading) {
            return styled(inline(heading), "help-h" + heading.getLevel());
        }
        if (n instanceof Paragraph) {
            return inline(n);
        }
        if (n instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (n instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (n instanceof ListBlock list) {
            return list(list);
        }
        if (n instanceof TableBlock table) {
            return table(table);
        }
        if (n instanceof ThematicBreak) {
            return new Separator();
        }
        if (n instanceof BlockQuote) {
            return styled(children(n), "help-quote");
        }
        return children(n);
    }

    private static <T extends javafx.scene.Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static Label code(String literal) {
        var label = new Label(literal.stripTrailing());
        label.getStyleClass().add("help-code");
        return label;
    }

    private VBox list(ListBlock list) {
        VBox items = new VBox(4);
        int number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? "•" : (number++) + ".";
            var row = new HBox(6, styled(new Label(marker), "help-marker"), children(item));
            items.getChildren().add(row);
        }
        return items;
    }

    private GridPane table(TableBlock table) {
        var grid = new GridPane();
        grid.getStyleClass().add("help-table");
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node tableRow = section.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TextFlow flow = inline(cell);
                    flow.getStyleClass().add(head ? "help-table-head" : "help-table-cell");
                    if (cell instanceof TableCell tableCell && tableCell.getAlignment() == TableCell.Alignment.RIGHT) {
                        flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                    }
                    grid.add(flow, column++, row);
                }
                row++;
            }
        }
        return grid;
    }

    /** The inline content of a block as one flow of texts, code spans and links. */
    private TextFlow inline(Node parent) {
        var flow = new TextFlow();
        appendChildren(flow.getChildren(), parent, List.of());
        return flow;
    }

    private void appendChildren(List<javafx.scene.Node> out, Node parent, List<String> styles) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            append(out, n, styles);
        }
    }

    private void append(List<javafx.scene.Node> out, Node n, List<String> styles) {
        if (n instanceof org.commonmark.node.Text text) {
            out.add(text(text.getLiteral(), styles));
        } else if (n instanceof Code code) {
            out.add(text(code.getLiteral(), with(styles, "help-inline-code")));
        } else if (n instanceof Emphasis) {
            appendChildren(out, n, with(styles, "help-em"));
        } else if (n instanceof StrongEmphasis) {
            appendChildren(out, n, with(styles, "help-strong"));
        } else if (n instanceof SoftLineBreak) {
            out.add(text(" ", styles));
        } else if (n instanceof HardLineBreak) {
            out.add(text("\n", styles));
        } else if (n instanceof Link link) {
            var words = new ArrayList<javafx.scene.Node>();
            appendChildren(words, n, styles);
            var hyperlink = new Hyperlink(plain(words));
            hyperlink.setOnAction(event -> onLink.accept(link.getDestination()));
            out.add(hyperlink);
        } else {
            appendChildren(out, n, styles);
        }
    }

    private static String plain(List<javafx.scene.Node> words) {
        var text = new StringBuilder();
        words.forEach(w -> text.append(w instanceof Text t ? t.getText() : ""));
        return text.toString();
    }

    private static List<String> with(List<String> styles, String style) {
        var more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }

    private static Text text(String literal, List<String> styles) {
        var text = new Text(literal);
        text.getStyleClass().add("help-text");
        text.getStyleClass().addAll(styles);
        return text;
    }
}
