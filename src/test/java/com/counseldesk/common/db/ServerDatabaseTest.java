package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.DatabaseException.Reason;
import com.counseldesk.testutil.TestStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What a person is told when the office's server database cannot be used, each case apart. */
class ServerDatabaseTest {
    private static DatabaseException refused(DbAddress.Server server) {
        return assertThrows(DatabaseException.class, () -> Database.open(server, () -> { }).close());
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DatabaseException e = refused(new DbAddress.Server("localhost", port, "office", "desk", "pw"));

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertFalse(e.getMessage().contains("pw"), "the password is never in a message");
        assertEquals("error.unreachable", DatabaseException.describe(new IllegalStateException("save", e)).key(),
                "a screen that meets it says the office database cannot be reached");
        assertEquals("error.system", DatabaseException.describe(new IllegalStateException("bug")).key());
    }

    @Test
    void anUnknownUserIsARefusedLogin() {
        DbAddress.Server real = TestStore.newDatabase();
        DatabaseException e = refused(new DbAddress.Server(real.host(), real.port(), real.database(), "nobody",
                "secret"));

        assertEquals(Reason.LOGIN_REFUSED, e.reason());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void aDatabaseThatDoesNotExistIsSaidSo() {
        DbAddress.Server real = TestStore.newDatabase();

        assertEquals(Reason.NO_DATABASE, refused(TestStore.address(real.database() + "_missing")).reason());
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftAsItWas() throws SQLException {
        DbAddress.Server other = TestStore.emptyDatabase();
        try (Connection c = TestStore.server().getDatabase("postgres", other.database()).getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }

        assertEquals(Reason.NOT_OFFICE, refused(other).reason());
        try (Connection c = TestStore.server().getDatabase("postgres", other.database()).getConnection();
                Statement s = c.createStatement()) {
            assertFalse(s.executeQuery("SELECT 1 FROM information_schema.tables WHERE table_name = 'household'")
                    .next(), "no table of ours was made");
        }
    }

    @Test
    void anEmptyDatabaseBecomesANewOfficeAndADatabaseOfANewerVersionIsRefused() throws SQLException {
        DbAddress.Server empty = TestStore.emptyDatabase();
        try (Database db = Database.open(empty, () -> { })) {
            assertEquals(Database.Kind.POSTGRESQL, db.kind());
            assertEquals(0L, (long) db.read(h -> h.createQuery("SELECT COUNT(*) FROM staff").mapTo(Long.class).one()));
        }
        try (Connection c = TestStore.server().getDatabase("postgres", empty.database()).getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (99, '" + (Database.SCHEMA_VERSION + 1)
                    + "', 'later', 'SQL', 'V99__later.sql', 'postgres', 0, true)");
        }

        DatabaseException e = refused(empty);

        assertEquals(Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    }
}
