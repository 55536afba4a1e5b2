package com.counseldesk.common.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * News of what was just stored, for every copy of the app on the office's database: a visit
 * registered at the desk reaches the counselor's PC within a second, without anybody pressing
 * refresh. The news travels with the transaction that stored it and only if it commits: on
 * PostgreSQL as a NOTIFY, which the server hands to every PC listening once the transaction
 * commits; on this PC's file there is one app, and the news is handed on within it after the
 * commit. Listeners are called on a thread of this class's: a screen moves to the FX thread itself.
 */
public final class OfficeEvents implements AutoCloseable {
    /** The server's channel the app listens on. */
    static final String CHANNEL = "counseldesk";
    /** How long one wait for news lasts before the listener looks whether it should stop, in ms. */
    private static final int POLL_MS = 250;
    /** How long the listener waits before it connects again after losing the server, in ms. */
    private static final int RECONNECT_MS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(OfficeEvents.class);

    /** One piece of news: what happened ({@code topic}) and to what ({@code payload}, no '|' in the topic). */
    public record Event(String topic, String payload) {
        public Event {
            if (topic.isEmpty() || topic.contains("|")) {
                throw new IllegalArgumentException("topic " + topic);
            }
        }

        String text() {
            return topic + "|" + payload;
        }

        static Event parse(String text) {
            int bar = text.indexOf('|');
            return bar < 0 ? new Event(text, "") : new Event(text.substring(0, bar), text.substring(bar + 1));
        }
    }

    private final DbAddress.Server server;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<Event>> pending = ThreadLocal.withInitial(ArrayList::new);
    private volatile boolean closed;
    private Thread listener;

    /** {@code server}: the database's server, whose news is listened for; null for this PC's file. */
    OfficeEvents(DbAddress.Server server) {
        this.server = server;
    }

    /** Calls {@code l} with every piece of news from now on; the returned action stops that. */
    public Runnable subscribe(Consumer<Event> l) {
        listeners.add(l);
        if (server != null) {
            startListening();
        }
        return () -> listeners.remove(l);
    }

    /** Queues news on this thread's transaction (a file): handed on by {@link #committed}, dropped by {@link #rolledBack}. */
    void queue(Event e) {
        pending.get().add(e);
    }

    void committed() {
        List<Event> events = List.copyOf(pending.get());
        pending.remove();
        events.forEach(this::deliver);
    }

    void rolledBack() {
        pending.remove();
    }

    private void deliver(Event e) {
        for (Consumer<Event> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                LOG.warn("A listener failed on {}", e, ex);
            }
        }
    }

    private synchronized void startListening() {
        if (listener != null || closed) {
            return;
        }
        listener = new Thread(this::listen, "office-events");
        listener.setDaemon(true);
        listener.start();
    }

    /** Listens on a connection of its own (not the pool's), connecting again whenever it is lost. */
    private void listen() {
        while (!closed) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                LOG.info("Listening for the office's news on {}", server);
                while (!closed) {
                    PGNotification[] news = pg.getNotifications(POLL_MS);
                    if (news != null) {
                        for (PGNotification n : news) {
                            deliver(Event.parse(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Lost the office's news from {}; trying again in {} s: {}", server, RECONNECT_MS / 1000,
                        e.getMessage());
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", server.user());
        p.setProperty("password", server.password());
        p.setProperty("connectTimeout", String.valueOf(ServerPool.CONNECT_TIMEOUT_MS / 1000));
        p.setProperty("ApplicationName", "CounselDesk news");
        return DriverManager.getConnection(server.jdbcUrl(), p);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
    }
}
