package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.collections.ObservableMap;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of one area of a window (the desk form, today's board, the whole window …), declared
 * once: a declaration installs the key's handler and is what the shortcut list (F1) shows, so the
 * keys an area handles and the keys it lists are the same. Keys that the standard controls handle
 * themselves (Tab, Space, the arrows in a list) are declared as {@link #standard} lines: listed,
 * not installed.
 *
 * <p>An area belongs to a node (or a scene, for what works everywhere in a window). The list shows
 * the areas that are on screen, the one with the keyboard focus first; areas with the same title
 * are one.
 */
public final class Keys {
    /** The key that shows the list (see {@link KeyHelp}). */
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP);
    public static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN);
    public static final KeyCombination SPACE = new KeyCodeCombination(KeyCode.SPACE);

    /**
     * One line of the list: the keys and what they do (a message key). {@code keysText} is a message
     * key for keys that are no combination ("type the initials"), else null.
     */
    public record Line(List<KeyCombination> keys, String keysText, String what) {
        public Line {
            keys = List.copyOf(keys);
            Objects.requireNonNull(what);
        }

        /** The keys as they read on this platform: "Ctrl+N", "↑ / ↓". */
        public String keys(I18n i18n) {
            return keysText != null ? i18n.t(keysText)
                    : keys.stream().map(k -> text(k, i18n)).collect(Collectors.joining(" / "));
        }

        public String what(I18n i18n) {
            return i18n.t(what);
        }
    }

    /** An area's title (a message key) and its lines, as the list shows them. */
    public record Section(String title, List<Line> lines) {
    }

    private final String title;
    private final Consumer<EventHandler<KeyEvent>> filters;
    private final Consumer<EventHandler<KeyEvent>> handlers;
    private final List<Line> lines = new ArrayList<>();

    private Keys(String title, Consumer<EventHandler<KeyEvent>> filters, Consumer<EventHandler<KeyEvent>> handlers) {
        this.title = title;
        this.filters = filters;
        this.handlers = handlers;
    }

    /** The keys of the area {@code owner} is (a screen, a form), titled {@code title} (a message key) in the list. */
    public static Keys area(Node owner, String title) {
        Keys keys = new Keys(title, h -> owner.addEventFilter(KeyEvent.KEY_PRESSED, h),
                h -> owner.addEventHandler(KeyEvent.KEY_PRESSED, h));
        owner.getProperties().put(Keys.class, keys);
        return keys;
    }

    /** The keys that work everywhere in the scene's window, whatever screen it shows. */
    public static Keys area(Scene scene, String title) {
        Keys keys = new Keys(title, h -> scene.addEventFilter(KeyEvent.KEY_PRESSED, h),
                h -> scene.addEventHandler(KeyEvent.KEY_PRESSED, h));
        scene.getProperties().put(Keys.class, keys);
        return keys;
    }

    /** {@code key} anywhere in the area does {@code action} (before the control with the focus sees it). */
    public Keys on(KeyCombination key, String what, Runnable action) {
        return on(key, what, e -> true, action);
    }

    /** {@code key} in the area does {@code action} while {@code when} holds for the key press. */
    public Keys on(KeyCombination key, String what, Predicate<KeyEvent> when, Runnable action) {
        return on(List.of(key), what, when, action);
    }

    /** Any of {@code keys} in the area does {@code action} while {@code when} holds; one line in the list. */
    public Keys on(List<KeyCombination> keys, String what, Predicate<KeyEvent> when, Runnable action) {
        return install(filters, keys, what, when, e -> action.run());
    }

    /** Any of {@code keys} in the area does {@code action}, which is told which key it was; one line in the list. */
    public Keys onEach(List<KeyCombination> keys, String what, Consumer<KeyEvent> action) {
        return onEach(keys, what, e -> true, action);
    }

    /** As {@link #onEach(List, String, Consumer)}, while {@code when} holds for the key press. */
    public Keys onEach(List<KeyCombination> keys, String what, Predicate<KeyEvent> when, Consumer<KeyEvent> action) {
        return install(filters, keys, what, when, action);
    }

    /** {@code key} pressed in {@code target} (a field of the area) does {@code action}. */
    public Keys on(Node target, KeyCombination key, String what, Runnable action) {
        return on(target, List.of(key), what, e -> true, action);
    }

    /** {@code key} pressed in {@code target} (a field of the area) does {@code action} while {@code when} holds. */
    public Keys on(Node target, KeyCombination key, String what, Predicate<KeyEvent> when, Runnable action) {
        return on(target, List.of(key), what, when, action);
    }

    /**
     * Any of {@code keys} pressed in {@code target} (a field of the area) does {@code action} while
     * {@code when} holds; one line in the list.
     */
    public Keys on(Node target, List<KeyCombination> keys, String what, Predicate<KeyEvent> when, Runnable action) {
        return install(h -> target.addEventFilter(KeyEvent.KEY_PRESSED, h), keys, what, when, e -> action.run());
    }

    /** {@code key} in the area does {@code action} when the control with the focus did not use it itself. */
    public Keys ifUnused(KeyCombination key, String what, Runnable action) {
        return ifUnused(key, what, e -> true, action);
    }

    /** As {@link #ifUnused(KeyCombination, String, Runnable)}, while {@code when} holds for the key press. */
    public Keys ifUnused(KeyCombination key, String what, Predicate<KeyEvent> when, Runnable action) {
        return install(handlers, List.of(key), what, when, e -> action.run());
    }

    /** Keys the standard controls handle themselves (Tab, Space on a button): listed only. */
    public Keys standard(String what, KeyCombination... keys) {
        lines.add(new Line(List.of(keys), null, what));
        return this;
    }

    /** A way of the controls that is no key combination ("type the initials"): {@code keysText} is a message key. */
    public Keys described(String keysText, String what) {
        lines.add(new Line(List.of(), keysText, what));
        return this;
    }

    private Keys install(Consumer<EventHandler<KeyEvent>> where, List<KeyCombination> keys, String what,
            Predicate<KeyEvent> when, Consumer<KeyEvent> action) {
        lines.add(new Line(keys, null, what));
        // A key that an earlier declaration of the same area used (the filters of one node all see the
        // event) does nothing more: the first declaration that takes a key has it.
        where.accept(e -> {
            if (!e.isConsumed() && keys.stream().anyMatch(k -> k.match(e)) && when.test(e)) {
                e.consume();
                action.accept(e);
            }
        });
        return this;
    }

    public String title() {
        return title;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /**
     * What the list shows for {@code scene}: the areas on screen (inner areas before the ones around
     * them), the one around the keyboard focus first, the scene's own last; areas with the same title
     * joined, each line once.
     */
    public static List<Section> shown(Scene scene) {
        List<Keys> found = new ArrayList<>();
        if (scene.getRoot() != null) {
            collect(scene.getRoot(), found);
        }
        Keys focused = around(scene.getFocusOwner());
        if (focused != null && found.remove(focused)) {
            found.add(0, focused);
        }
        Keys window = of(scene.getProperties());
        if (window != null) {
            found.add(window);
        }
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        for (Keys k : found) {
            List<Line> section = sections.computeIfAbsent(k.title, t -> new ArrayList<>());
            k.lines.stream().filter(l -> !section.contains(l)).forEach(section::add);
        }
        return sections.entrySet().stream().filter(s -> !s.getValue().isEmpty())
                .map(s -> new Section(s.getKey(), List.copyOf(s.getValue()))).toList();
    }

    /** The areas of the visible nodes below {@code node}, children before their parent. */
    private static void collect(Node node, List<Keys> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
        Keys keys = of(node.getProperties());
        if (keys != null) {
            found.add(keys);
        }
    }

    private static Keys around(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            Keys keys = of(n.getProperties());
            if (keys != null) {
                return keys;
            }
        }
        return null;
    }

    private static Keys of(ObservableMap<Object, Object> properties) {
        return properties.get(Keys.class) instanceof Keys k ? k : null;
    }

    /** A key combination as people read it: "Ctrl+Shift+L", "Alt+←", "Enter"; ⌘ for the shortcut key on a Mac. */
    public static String text(KeyCombination key, I18n i18n) {
        if (!(key instanceof KeyCodeCombination code)) {
            return key.getDisplayText();
        }
        StringBuilder out = new StringBuilder();
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        if (code.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            out.append(mac ? "⌘" : "Ctrl+");
        }
        if (code.getControl() == KeyCombination.ModifierValue.DOWN) {
            out.append("Ctrl+");
        }
        if (code.getShift() == KeyCombination.ModifierValue.DOWN) {
            out.append("Shift+");
        }
        if (code.getAlt() == KeyCombination.ModifierValue.DOWN) {
            out.append("Alt+");
        }
        out.append(switch (code.getCode()) {
            case LEFT -> "←";
            case RIGHT -> "→";
            case UP -> "↑";
            case DOWN -> "↓";
            case ESCAPE -> "Esc";
            case SPACE -> i18n.t("keys.space");
            default -> code.getCode().getName();
        });
        return out.toString();
    }
}
