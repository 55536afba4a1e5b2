package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.db.Database;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.V1Office;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first open of a V1 office (one student, one parent, one phone, one or two visits a family) by
 * this version: the whole upgrade, and each migration as Flyway timed it (V2 copies families into
 * households in SQL; V3 derives the reversed phone digits and the names' search terms in Java). The
 * app opens the file in the background while its window starts, so this is how much longer an
 * office's first start after the update takes. Figures are named after the size, e.g.
 * {@code upgrade_v1_20k_families}.
 */
@Tag("bench")
class UpgradeBench {
    private static final int FAMILIES = 200_000;
    private static final String SIZE = "upgrade_v1_" + FAMILIES / 1_000 + "k";
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
    private static final String[] GIVEN = "子涵 浩然 欣怡 梓轩 雨桐 宇航 思琪 俊杰 一诺 嘉怡 睿 婷 杰 欣 阳".split(" ");

    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2026, 8, 1, 9, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @TempDir
    Path dir;

    @Test
    void upgradeAV1Office() throws Exception {
        Path file = dir.resolve("v1.db");
        V1Office.createSchema(file);
        fill(file);
        long v1Bytes = Files.size(file);

        long start = System.nanoTime();
        try (Database db = Database.open(file)) {
            double ms = Figures.msSince(start);
            int households = db.read(h -> h.createQuery("SELECT COUNT(*) FROM household").mapTo(Integer.class).one());
            assertEquals(FAMILIES, households);
            Figures.bench(SIZE + "_families", ms, "ms");
            Figures.bench(SIZE + "_v2_sql", executionMs(db, "2"), "ms");
            Figures.bench(SIZE + "_v3_search_keys", executionMs(db, "3"), "ms");
        }
        Figures.bench(SIZE + "_file_before", v1Bytes / 1_048_576.0, "MB");
        Figures.bench(SIZE + "_file_after", Files.size(file) / 1_048_576.0, "MB");
    }

    private static int executionMs(Database db, String version) {
        return db.read(h -> h.createQuery("SELECT execution_time FROM flyway_schema_history WHERE version = :v")
                .bind("v", version).mapTo(Integer.class).one());
    }

    /** V1 rows written as V1 wrote them: staff, then families over 90 days, each visited once, every fourth twice. */
    private static void fill(Path file) {
        Random random = new Random(3);
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file)) {
            h.useTransaction(t -> {
                t.execute("INSERT INTO settings (setting_key, setting_value) VALUES ('office.name', '升级测试校区')");
                t.execute("INSERT INTO staff (id, name, role, active, created_at) VALUES (1, '王芳', 'FRONT_DESK', 1,"
                        + " '2024-09-01T09:00:00'), (2, '李明', 'COUNSELOR', 1, '2024-09-01T09:00:00'),"
                        + " (3, '张伟', 'COUNSELOR', 1, '2024-09-01T09:00:00')");
                PreparedBatch family = t.prepareBatch("INSERT INTO family (id, student_name, gender, grade, school,"
                        + " parent_name, parent_relation, phone, channel, owner_id, stage, created_at, created_by)"
                        + " VALUES (:id, :student, 'FEMALE', 'J2', '实验中学', :parent, 'MOTHER', :phone, 'DIRECT',"
                        + " :owner, 'VISITED', :at, 1)");
                PreparedBatch visit = t.prepareBatch("INSERT INTO visit (family_id, channel, arrived_at, left_at,"
                        + " status, received_by, counselor_id, who_came, purpose) VALUES (:family, 'DIRECT', :at, :at,"
                        + " 'LEFT', 1, :owner, '学生和母亲', '数学提分')");
                for (int i = 1; i <= FAMILIES; i++) {
                    LocalDateTime first = FIRST_DAY.plusDays(i * 90L / FAMILIES).plusMinutes(random.nextInt(600));
                    long owner = 2 + random.nextInt(2);
                    family.bind("id", i).bind("student", name(random)).bind("parent", name(random))
                            .bind("phone", SampleOffice.phone(i)).bind("owner", owner).bind("at", TIME.format(first))
                            .add();
                    visit.bind("family", i).bind("at", TIME.format(first)).bind("owner", owner).add();
                    if (i % 4 == 0) {
                        visit.bind("family", i).bind("at", TIME.format(first.plusDays(7))).bind("owner", owner).add();
                    }
                    if (i % 10_000 == 0 || i == FAMILIES) {
                        family.execute();
                        visit.execute();
                    }
                }
            });
        }
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
