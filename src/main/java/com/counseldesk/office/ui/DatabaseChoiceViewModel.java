package com.counseldesk.office.ui;

import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.ServerFields;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which database the office works in: this PC's file (one PC alone) or the office's server (several
 * PCs share it). On the first-run screen and in a manager's database settings. "Check and connect"
 * opens the chosen database off the FX thread and says plainly why it cannot be used; when it can,
 * the choice is saved for this user and the app switches to it.
 *
 * <p>A saved password is never put back into a field: the password field stays empty, and empty
 * means "keep the saved one".
 */
public final class DatabaseChoiceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChoiceViewModel.class);

    /** Where the office's database is. */
    public enum Place { THIS_PC, SERVER }

    /**
     * Opens the database at an address (off the FX thread; refuses with a {@link DatabaseException}
     * saying why) and returns what switches the app to it, which runs on the FX thread.
     */
    @FunctionalInterface
    public interface Connector {
        Runnable open(DbAddress address);
    }

    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DbAddress.Server.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty changingServer = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final ObjectProperty<Msg> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    private final FormModel form = new FormModel();
    private final BooleanBinding connectionShown;
    /** The database in use, or the one that could not be opened at start ({@link #currentOpen} false). */
    private final DbAddress current;
    private final boolean currentOpen;
    private final ConnectionSettings settings;
    private final Connector connector;
    private final Background background;
    private final DialogService dialogs;
    private final boolean settingsMode;
    private final boolean overridden;
    /** The password of the server the fields were filled from, kept when the field is left empty. */
    private String savedPassword = "";

    private DatabaseChoiceViewModel(DbAddress current, boolean currentOpen, ConnectionSettings settings,
            Connector connector, Background background, DialogService dialogs, boolean settingsMode,
            boolean overridden) {
        this.current = current;
        this.currentOpen = currentOpen;
        this.settings = settings;
        this.connector = connector;
        this.background = background;
        this.dialogs = dialogs;
        this.settingsMode = settingsMode;
        this.overridden = overridden;
        Place currentPlace = placeOf(current);
        place.set(currentPlace);
        rule(ServerFields.HOST, () -> ServerFields.host(host.get()), host);
        rule(ServerFields.PORT, () -> ServerFields.port(port.get()), port);
        rule(ServerFields.DATABASE, () -> ServerFields.database(database.get()), database);
        rule(ServerFields.USER, () -> ServerFields.user(user.get()), user);
        form.quietly(() -> serverToFill().ifPresent(this::fill));
        // Choosing the place re-checks the fields without counting as typing in them.
        place.addListener((o, a, b) -> form.revalidate());
        for (ObservableValue<?> typed : List.of(place, host, port, database, user, password)) {
            typed.addListener((o, a, b) -> {
                failure.set(null);
                notice.set(null);
            });
        }
        connectionShown = Bindings.createBooleanBinding(
                () -> settingsMode || place.get() != currentPlace || changingServer.get(), place, changingServer);
    }

    /**
     * For the first-run screen of a new database ({@code current}): choosing its own place keeps it
     * (the office is named below); choosing the other one connects and switches.
     */
    public static DatabaseChoiceViewModel forFirstRun(DbAddress current, ConnectionSettings settings,
            Connector connector, Background background, DialogService dialogs) {
        return new DatabaseChoiceViewModel(current, true, settings, connector, background, dialogs, false, false);
    }

    /**
     * For a manager's database settings while {@code current} is open. {@code overridden}: the command
     * line or the environment named the database, so that a saved choice waits until they no longer do.
     */
    public static DatabaseChoiceViewModel forSettings(DbAddress current, ConnectionSettings settings,
            Connector connector, Background background, DialogService dialogs, boolean overridden) {
        return new DatabaseChoiceViewModel(current, true, settings, connector, background, dialogs, true,
                overridden);
    }

    /**
     * For the start of the app when the database ({@code failed}) could not be opened: the fields
     * start with it, and "check and connect" tries again with what they say, or another database.
     */
    public static DatabaseChoiceViewModel forFailedStart(DbAddress failed, ConnectionSettings settings,
            Connector connector, Background background, DialogService dialogs, boolean overridden) {
        return new DatabaseChoiceViewModel(failed, false, settings, connector, background, dialogs, true,
                overridden);
    }

    private void rule(String field, Runnable domainRule, StringProperty value) {
        form.field(field, () -> place.get() == Place.SERVER ? FormModel.check(domainRule) : null, value);
    }

    private static Place placeOf(DbAddress address) {
        return address instanceof DbAddress.Server ? Place.SERVER : Place.THIS_PC;
    }

    /** The server the fields start with: the one in use, else the one saved for this user. */
    private Optional<DbAddress.Server> serverToFill() {
        if (current instanceof DbAddress.Server s) {
            return Optional.of(s);
        }
        return settings.read().filter(a -> a instanceof DbAddress.Server).map(a -> (DbAddress.Server) a);
    }

    private void fill(DbAddress.Server s) {
        host.set(s.host());
        port.set(String.valueOf(s.port()));
        database.set(s.database());
        user.set(s.user());
        password.set("");
        savedPassword = s.password();
    }

    /** The address the form describes now; the fields must be valid for a server. */
    private DbAddress chosen() {
        if (place.get() == Place.THIS_PC) {
            return settings.thisPc();
        }
        String typed = password.get() == null ? "" : password.get();
        return ServerFields.server(host.get(), port.get(), database.get(), user.get(),
                typed.isEmpty() ? savedPassword : typed);
    }

    /**
     * "Check and connect": checks the fields, then opens the chosen database off the FX thread. When
     * it can be used, the choice is saved for this user and the app switches to it; when not, the
     * reason is shown. The database in use is not opened again: the choice is only saved. Returns
     * whether the work started.
     */
    public boolean connect() {
        if (busy.get()) {
            return false;
        }
        failure.set(null);
        notice.set(null);
        if (place.get() == Place.SERVER && !form.showAll()) {
            return false;
        }
        DbAddress address = chosen();
        busy.set(true);
        if (currentOpen && address.equals(current)) {
            background.run(() -> {
                settings.save(address);
                return null;
            }, r -> {
                busy.set(false);
                changingServer.set(false);
                notice.set(new Msg("dbChoice.saved.same"));
            }, e -> {
                busy.set(false);
                failure.set(new Msg("dbChoice.saveFailed.detail", e.getMessage()));
            });
            return true;
        }
        background.run(() -> opened(address), this::switchTo, e -> {
            busy.set(false);
            failure.set(reason(e, address));
        });
        return true;
    }

    /** Off the FX thread: opens the database, then saves the choice (a failure to save does not undo it). */
    private Opened opened(DbAddress address) {
        Runnable use = connector.open(address);
        try {
            settings.save(address);
            return new Opened(use, null);
        } catch (RuntimeException e) {
            LOG.warn("Could not save the choice of database {}", address, e);
            return new Opened(use, e.getMessage());
        }
    }

    private record Opened(Runnable use, String notSaved) {
    }

    private void switchTo(Opened opened) {
        busy.set(false);
        if (opened.notSaved() != null) {
            dialogs.showError(new Msg("dbChoice.saveFailed"), new Msg("dbChoice.saveFailed.detail", opened.notSaved()));
        }
        done.set(true);
        opened.use().run();
    }

    /** What the person reads when the database cannot be used: the reason, naming where it is. */
    static Msg reason(Exception e, DbAddress address) {
        if (e instanceof DatabaseException d) {
            return new Msg("db.error." + d.reason().name(), d.address().toString());
        }
        return new Msg("db.error." + DatabaseException.Reason.FAILED.name(), address.toString());
    }

    /** First run, on a server: connect to another one instead (shows the fields). */
    public void changeServer() {
        changingServer.set(true);
    }

    /** First run, on a server: back to the server in use after all (the fields go, the office form comes back). */
    public void keepServer() {
        if (!busy.get()) {
            changingServer.set(false);
            failure.set(null);
            form.quietly(() -> serverToFill().ifPresent(this::fill));
            form.reset();
        }
    }

    /** Whether "another server" was asked for at first run (then "back" is offered). */
    public ReadOnlyBooleanProperty changingServerProperty() {
        return changingServer;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** What was typed as the password: empty keeps the saved one ({@link #passwordSaved()}). */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether a password is saved for the server in the fields (the field then says "saved, empty keeps it"). */
    public boolean passwordSaved() {
        return !savedPassword.isEmpty();
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    /** Why the chosen database cannot be used, or null. */
    public ReadOnlyObjectProperty<Msg> failureProperty() {
        return failure;
    }

    /** What happened when nothing needed switching (the choice was saved), or null. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the app was switched to the chosen database (a dialog then closes). */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    /**
     * Whether the connection fields (or this PC's file) and "check and connect" are shown: always in
     * the settings; at first run, when the other place than the new database's is chosen, or another server.
     */
    public ObservableBooleanValue connectionShown() {
        return connectionShown;
    }

    /** Whether the database in use is a server (first run: the line naming it, with "another server"). */
    public boolean currentIsServer() {
        return current instanceof DbAddress.Server;
    }

    /** The database in use, as a person may read it (never with a password). */
    public String currentAddress() {
        return current.toString();
    }

    /** This PC's own database file, as "this PC" opens it. */
    public String thisPcFile() {
        return settings.thisPc().toString();
    }

    /** Whether the command line or the environment names the database, so that the saved choice waits. */
    public boolean overridden() {
        return overridden;
    }

    public boolean settingsMode() {
        return settingsMode;
    }
}
