package com.counseldesk.common.fx;

import com.counseldesk.common.Pinyin;
import com.counseldesk.common.Pinyin.Unit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Typing to choose in a list, as in a native list box: with a combo box focused, closed or open, the
 * letters typed less than {@value #PAUSE_MILLIS} ms apart make a prefix, and the first item whose label
 * starts with it is chosen. A label starts with the typed text when it reads that way in characters,
 * pinyin, pinyin initials or a mixture ({@code ce} and {@code chue} choose 初二, {@code lm} 李明 · 咨询师,
 * {@code gr} Grade 1, {@code g8} Grade 8); upper and lower case are the same. Pressing one letter again
 * goes on to the next item that starts with it, round the list. Space still opens the list (the combo
 * box's own key) and Enter picks the highlighted item.
 */
public final class TypeAhead {
    /** Keys typed further apart than this start a new prefix. */
    static final long PAUSE_MILLIS = 1000;
    /** A longer prefix is not matched: nobody types that much to choose. */
    private static final int MAX_TYPED = 40;

    private final LongSupplier nanos;
    private String typed = "";
    private long lastKey;

    /** {@code nanos} is the clock the pause between keys is measured with ({@code System::nanoTime}). */
    public TypeAhead(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * Lets the user choose in {@code box} by typing, closed or open; {@code label} is how the box shows an
     * item. Space opens the closed box (the combo box itself only arms on Space).
     */
    public static <T> void attach(ComboBox<T> box, Function<T, String> label) {
        TypeAhead typing = new TypeAhead(System::nanoTime);
        EventHandler<KeyEvent> typed = e -> {
            String key = cleaned(e.getCharacter());
            if (box.isEditable() || key.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            List<String> labels = box.getItems().stream().map(item -> item == null ? "" : label.apply(item)).toList();
            int index = typing.type(labels, box.getSelectionModel().getSelectedIndex(), key);
            if (index >= 0) {
                box.getSelectionModel().select(index);
                popupList(box).filter(list -> box.isShowing()).ifPresent(list -> list.scrollTo(index));
            }
        };
        box.addEventHandler(KeyEvent.KEY_TYPED, typed);
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !box.isShowing() && !box.isEditable() && !e.isShortcutDown()) {
                box.show();
                e.consume();
            }
        });
        // The open list gets the keys before the box (it is the popup's focus owner): typing goes on there.
        box.skinProperty().addListener((o, before, skin) -> popupList(box)
                .ifPresent(list -> list.addEventHandler(KeyEvent.KEY_TYPED, typed)));
    }

    private static Optional<ListView<?>> popupList(ComboBox<?> box) {
        return box.getSkin() instanceof ComboBoxListViewSkin<?> skin
                && skin.getPopupContent() instanceof ListView<?> list ? Optional.of(list) : Optional.empty();
    }

    /**
     * The item to choose when {@code key} is typed now, {@code current} being chosen (-1 for none);
     * -1 when no item starts with what was typed, and the choice stays.
     */
    public int type(List<String> labels, int current, String key) {
        long now = nanos.getAsLong();
        if (now - lastKey > PAUSE_MILLIS * 1_000_000) {
            typed = "";
        }
        lastKey = now;
        Choice choice = next(labels, current, typed, key);
        typed = choice.typed();
        return choice.index();
    }

    /** The item chosen and the prefix typed so far ("" when nothing matched). */
    record Choice(int index, String typed) {
    }

    /**
     * What typing {@code key} after {@code typed} chooses: the chosen item while it still starts with the
     * longer prefix, else the first item that does; when none does (or nothing was typed before), the key
     * starts a new prefix: the item after the chosen one that starts with it, when the chosen one does
     * (so pressing one letter again goes round its items), else the first that does.
     */
    static Choice next(List<String> labels, int current, String typed, String key) {
        String longer = typed + key;
        if (!typed.isEmpty() && longer.length() <= MAX_TYPED) {
            if (current >= 0 && current < labels.size() && matches(labels.get(current), longer)) {
                return new Choice(current, longer);
            }
            for (int i = 0; i < labels.size(); i++) {
                if (matches(labels.get(i), longer)) {
                    return new Choice(i, longer);
                }
            }
        }
        int n = labels.size();
        boolean onIt = current >= 0 && current < n && matches(labels.get(current), key);
        int start = onIt ? current + 1 : 0;
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            if (matches(labels.get(i), key)) {
                return new Choice(i, key);
            }
        }
        return new Choice(-1, "");
    }

    /**
     * Whether {@code label} starts with {@code typed}: each character or word of the label, in order,
     * typed as itself or as the start of one of its readings (a Chinese character's pinyin, any of
     * them), the last one possibly in part. Spaces and punctuation in either are left out.
     */
    public static boolean matches(String label, String typed) {
        String q = cleaned(typed);
        if (q.isEmpty()) {
            return false;
        }
        List<Unit> units = Pinyin.units(label);
        return matchFrom(units, 0, q, 0, new boolean[units.size() + 1][q.length() + 1]);
    }

    /** Whether {@code q} from {@code pos} on is typed by the units from {@code unit} on. */
    private static boolean matchFrom(List<Unit> units, int unit, String q, int pos, boolean[][] failed) {
        if (pos == q.length()) {
            return true;
        }
        if (unit == units.size() || failed[unit][pos]) {
            return false;
        }
        Unit u = units.get(unit);
        List<String> ways = new ArrayList<>(u.readings());
        ways.add(0, u.text());
        for (String way : ways) {
            int most = Math.min(way.length(), q.length() - pos);
            for (int k = 1; k <= most && q.regionMatches(pos, way, 0, k); k++) {
                if (matchFrom(units, unit + 1, q, pos + k, failed)) {
                    return true;
                }
            }
        }
        failed[unit][pos] = true;
        return false;
    }

    /** Typed text as the prefix takes it: its letters and digits (NFKC), lower case. */
    private static String cleaned(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
