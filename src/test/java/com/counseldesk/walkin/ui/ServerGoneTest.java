package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestOffice;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's server goes away while the desk is typing (network, server PC switched off): the save
 * says the office database cannot be reached, nothing is stored, everything typed stays, and the
 * same save goes through once the server is back. A server of its own, stopped and started again.
 * (Run once: it needs no store of the run's choosing.)
 */
@SqliteOnly
class ServerGoneTest {
    @TempDir
    Path dir;
    private EmbeddedPostgres server;
    private TestOffice t;

    @AfterEach
    void close() throws IOException {
        if (t != null) {
            t.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    @Test
    void aSaveWhileTheServerIsGoneKeepsTheFormAndGoesThroughWhenItIsBack() throws IOException {
        server = start(0);
        int port = server.getPort();
        t = TestOffice.typicalOn(Database.open(new DbAddress.Server("localhost", port, "postgres", "postgres", ""),
                () -> { }));
        RecordingDialogs dialogs = new RecordingDialogs();
        long desk = t.staff(TestOffice.FRONT_DESK).id();
        WalkInViewModel vm = new WalkInViewModel(t.walkIns, t.families, Background.direct(), dialogs, () -> desk,
                t.clock);
        vm.setCounselors(t.office.counselors());
        vm.phoneProperty().set("138 1234 5678");
        vm.studentNameProperty().set("张子涵");
        vm.channelProperty().set(Channel.DIRECT);
        vm.counselorProperty().set(vm.counselors().get(0));

        server.close();
        vm.save();

        assertEquals(zh("walkin.saveUnreachable"), new I18n(I18n.CHINESE).t(vm.statusProperty().get()));
        assertEquals(List.of(), dialogs.shown(), "said beside the save, not in a dialog");
        assertEquals("138 1234 5678", vm.phoneProperty().get());
        assertEquals("张子涵", vm.studentNameProperty().get());

        server = start(port);
        assertTrue(vm.save());

        assertEquals(zh("walkin.saved.new", vm.counselors().get(0).name()),
                new I18n(I18n.CHINESE).t(vm.statusProperty().get()));
        assertEquals(1, t.count("household"), "one household: the failed save left nothing behind");
        assertEquals(1, t.count("visit"));
    }
}
