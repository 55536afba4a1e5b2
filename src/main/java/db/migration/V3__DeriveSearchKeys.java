package db.migration;

import com.counseldesk.common.Phone;
import com.counseldesk.family.SearchTerm;
import com.counseldesk.family.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 3: derives the search columns of the households V2 copied from V1 — each phone's
 * reversed digits (for 尾号 look-ups) and each household's name terms (characters, pinyin,
 * initials). They cannot be computed in SQL; the application derives them for every row it
 * writes from then on.
 */
public class V3__DeriveSearchKeys extends BaseJavaMigration {
    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        reversePhones(c);
        deriveTerms(c);
    }

    private static void reversePhones(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
                ResultSet rs = read.executeQuery("SELECT id, number FROM phone WHERE number_rev = ''");
                PreparedStatement write = c.prepareStatement("UPDATE phone SET number_rev = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                write.setString(1, new Phone(rs.getString("number")).suffixKey());
                write.setLong(2, rs.getLong("id"));
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    private static void deriveTerms(Connection c) throws SQLException {
        String names = "SELECT household_id, name, 0 AS is_contact FROM student"
                + " UNION ALL SELECT household_id, name, 1 AS is_contact FROM contact"
                + " ORDER BY household_id, is_contact";
        try (Statement read = c.createStatement();
                ResultSet rs = read.executeQuery(names);
                PreparedStatement write = c.prepareStatement(
                        "INSERT INTO search_term (term, household_id, weight) VALUES (?, ?, ?)")) {
            long current = -1;
            List<String> students = new ArrayList<>();
            List<String> contacts = new ArrayList<>();
            int[] pending = {0};
            while (rs.next()) {
                long household = rs.getLong("household_id");
                if (household != current && current >= 0) {
                    write(write, current, students, contacts, pending);
                }
                current = household;
                (rs.getInt("is_contact") == 1 ? contacts : students).add(rs.getString("name"));
            }
            if (current >= 0) {
                write(write, current, students, contacts, pending);
            }
            write.executeBatch();
        }
    }

    private static void write(PreparedStatement write, long household, List<String> students, List<String> contacts,
            int[] pending) throws SQLException {
        for (SearchTerm t : SearchTerms.of(students, contacts)) {
            write.setString(1, t.text());
            write.setLong(2, household);
            write.setInt(3, t.weight());
            write.addBatch();
            if (++pending[0] % BATCH == 0) {
                write.executeBatch();
            }
        }
        students.clear();
        contacts.clear();
    }
}
