package it.scacchiera.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.WeakListChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.Node;

/**
 * Listeners a view puts on a longer-lived view model. The model holds them weakly and a node of the
 * view holds them strongly, so a view dropped by a change of language stops listening and is collected.
 */
public final class ViewListeners {
    private final List<Object> kept = new ArrayList<>();

    private ViewListeners() {}

    /** Listeners that live as long as {@code node}. */
    public static ViewListeners of(Node node) {
        var listeners = new ViewListeners();
        node.getProperties().put(ViewListeners.class, listeners);
        return listeners;
    }

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        kept.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    public <E> void onChange(ObservableList<E> list, ListChangeListener<? super E> listener) {
        kept.add(listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    public <K, V> void onChange(ObservableMap<K, V> map, MapChangeListener<? super K, ? super V> listener) {
        kept.add(listener);
        map.addListener(new WeakMapChangeListener<>(listener));
    }
}
