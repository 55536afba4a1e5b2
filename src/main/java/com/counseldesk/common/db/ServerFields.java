package com.counseldesk.common.db;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.text.Normalizer;

/**
 * The rules of a server address as a person types it, field by field: each returns the value to use
 * or refuses it with a {@link ValidationException} naming the field and what is wrong.
 */
public final class ServerFields {
    public static final String HOST = "serverHost";
    public static final String PORT = "serverPort";
    public static final String DATABASE = "serverDatabase";
    public static final String USER = "serverUser";
    /** PostgreSQL's longest name of a database or a user (63 bytes; ASCII names are the usual case). */
    public static final int NAME_MAX = 63;
    /** A host name's longest spelling (DNS). */
    public static final int HOST_MAX = 253;

    private ServerFields() {
    }

    /**
     * A host name or an IP address: {@code 192.168.1.10}, {@code office-pc}, {@code ::1} (brackets
     * around an IPv6 address are taken off; full-width characters count as their ASCII ones). A port
     * typed after the name is refused: it has a field.
     */
    public static String host(String typed) {
        String h = Text.required(HOST, halfWidth(typed), HOST_MAX);
        if (h.startsWith("[") && h.endsWith("]") && h.length() > 2) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.matches("[^:]+:[0-9]*")) {
            throw new ValidationException(HOST, "error.server.hostPort");
        }
        if (!h.matches("[\\p{L}\\p{N}._:%-]+")) {
            throw new ValidationException(HOST, "error.server.host");
        }
        return h;
    }

    /** A whole number from 1 to 65535. */
    public static int port(String typed) {
        String p = Text.required(PORT, halfWidth(typed), Text.NAME_MAX);
        if (!p.matches("[0-9]+")) {
            throw new ValidationException(PORT, "error.server.port");
        }
        String digits = p.replaceFirst("^0+(?=.)", "");
        int n = digits.length() > 5 ? 0 : Integer.parseInt(digits);
        if (n < 1 || n > 65_535) {
            throw new ValidationException(PORT, "error.server.port");
        }
        return n;
    }

    /** Full-width digits and dots, as a Chinese input method types them (１９２．１６８…), read as ASCII. */
    private static String halfWidth(String typed) {
        return typed == null ? null : Normalizer.normalize(typed, Normalizer.Form.NFKC);
    }

    public static String database(String typed) {
        return Text.required(DATABASE, typed, NAME_MAX);
    }

    public static String user(String typed) {
        return Text.required(USER, typed, NAME_MAX);
    }

    /** The address the fields give; the password is taken as typed (it may be empty). */
    public static DbAddress.Server server(String host, String port, String database, String user, String password) {
        return new DbAddress.Server(host(host), port(port), database(database), user(user), password);
    }
}
