package com.counseldesk.common.fx;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.Msg;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The one validation mechanism of every form: each field has a rule (usually a domain method that
 * throws {@link ValidationException}), a message property the view shows beside the field, and is
 * "touched" once the person changed it, so that a fresh form is not red all over. Saving shows
 * every message; a refusal from the service lands beside the field it names.
 */
public final class FormModel {
    private final Map<String, Supplier<Msg>> rules = new LinkedHashMap<>();
    private final Map<String, ObjectProperty<Msg>> errors = new LinkedHashMap<>();
    /** Messages the service sent back, shown until the field changes. */
    private final Map<String, Msg> refused = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    /** Fields whose messages wait while they are typed in, with the messages that are shown at once. */
    private final Map<String, Predicate<Msg>> settleOnLeave = new LinkedHashMap<>();
    /** Such fields changed since they were last left: their other messages wait. */
    private final Set<String> typing = new HashSet<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private boolean showAll;
    private int quiet;

    /** A field with its rule, re-checked whenever one of {@code watched} changes. */
    public FormModel field(String name, Supplier<Msg> rule, ObservableValue<?>... watched) {
        rules.put(name, rule);
        errors.put(name, new SimpleObjectProperty<>());
        for (ObservableValue<?> w : watched) {
            w.addListener((o, a, b) -> changed(name));
        }
        return this;
    }

    /**
     * The field's messages wait while it is being typed in (an unfinished phone number is not yet
     * wrong): they show once it is left ({@link #left}) or on saving; {@code atOnce} names the
     * messages that cannot be a number in the making (a letter) and show while typing.
     */
    public FormModel settlesOnLeave(String name, Predicate<Msg> atOnce) {
        if (!rules.containsKey(name)) {
            throw new IllegalArgumentException("No field " + name);
        }
        settleOnLeave.put(name, atOnce);
        return this;
    }

    /** The person left the field: its message, if any, shows now. */
    public void left(String name) {
        if (typing.remove(name)) {
            revalidate();
        }
    }

    /** A domain rule as a message: null when it passes, its message when it throws. */
    public static Msg check(Runnable domainRule) {
        try {
            domainRule.run();
            return null;
        } catch (ValidationException e) {
            return Msg.of(e);
        }
    }

    /** Runs changes (clearing, prefilling) that do not count as the person's typing. */
    public void quietly(Runnable changes) {
        quiet++;
        try {
            changes.run();
        } finally {
            quiet--;
        }
        revalidate();
    }

    /** Shows every field's message (on save); returns whether the form is valid. */
    public boolean showAll() {
        showAll = true;
        typing.clear();
        revalidate();
        return valid.get();
    }

    /** A fresh form: nothing touched, nothing shown. */
    public void reset() {
        touched.clear();
        refused.clear();
        typing.clear();
        showAll = false;
        revalidate();
    }

    /** Shows a refusal beside its field; returns false when the form has no such field. */
    public boolean show(ValidationException e) {
        if (!errors.containsKey(e.field())) {
            return false;
        }
        refused.put(e.field(), Msg.of(e));
        touched.add(e.field());
        revalidate();
        return true;
    }

    public void revalidate() {
        boolean ok = true;
        for (Map.Entry<String, Supplier<Msg>> rule : rules.entrySet()) {
            String field = rule.getKey();
            Msg msg = refused.containsKey(field) ? refused.get(field) : rule.getValue().get();
            ok &= msg == null;
            boolean shown = showAll || touched.contains(field);
            if (msg != null && typing.contains(field) && !refused.containsKey(field)) {
                shown &= settleOnLeave.get(field).test(msg);
            }
            errors.get(field).set(shown ? msg : null);
        }
        valid.set(ok);
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        ObjectProperty<Msg> p = errors.get(field);
        if (p == null) {
            throw new IllegalArgumentException("No field " + field);
        }
        return p;
    }

    /** The first field (in the order they were added) that has a message, or null. */
    public String firstInvalid() {
        return rules.keySet().stream().filter(f -> errors.get(f).get() != null).findFirst().orElse(null);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    private void changed(String field) {
        if (quiet == 0) {
            touched.add(field);
            refused.remove(field);
            if (settleOnLeave.containsKey(field)) {
                typing.add(field);
            }
        }
        revalidate();
    }
}
