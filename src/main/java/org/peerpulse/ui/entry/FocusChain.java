package org.peerpulse.ui.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * The entry form's answer fields in reading order, so that answering one moves the focus to the
 * next one that can take it (ProQOL items only while their pane is open), and the comment box can
 * give Tab back to the form.
 */
final class FocusChain {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, BooleanSupplier> conditions = new HashMap<>();
    private Node end;

    void add(Node node) {
        nodes.add(node);
    }

    void add(Node node, BooleanSupplier reachable) {
        nodes.add(node);
        conditions.put(node, reachable);
    }

    /** Where the focus goes after the last field (the Save button). */
    void setEnd(Node end) {
        this.end = end;
    }

    void next(Node from) {
        for (int i = nodes.indexOf(from) + 1; i < nodes.size(); i++) {
            if (reachable(nodes.get(i))) {
                nodes.get(i).requestFocus();
                return;
            }
        }
        if (end != null) {
            end.requestFocus();
        }
    }

    void previous(Node from) {
        for (int i = nodes.indexOf(from) - 1; i >= 0; i--) {
            if (reachable(nodes.get(i))) {
                nodes.get(i).requestFocus();
                return;
            }
        }
    }

    private boolean reachable(Node node) {
        return !node.isDisabled() && conditions.getOrDefault(node, () -> true).getAsBoolean();
    }
}
