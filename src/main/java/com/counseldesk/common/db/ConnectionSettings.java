package com.counseldesk.common.db;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which office database this user chose in the app: {@code connection.properties} in the user's data
 * folder. It holds "this PC's file" or a server's address with its password, so it is written for
 * its owner only: {@code rw-------} where the file system has POSIX permissions (written to a temp
 * file made with them, then moved into place), else an ACL that names only the owner, where the file
 * system allows it. A file that cannot be read or makes no sense is no choice: the app opens this
 * PC's file, and says why in the log (never with the password).
 */
public final class ConnectionSettings {
    public static final String FILE_NAME = "connection.properties";
    static final String KEY_DATABASE = "database";
    static final String KEY_SERVER = "server";
    static final String THIS_PC = "this-pc";
    static final String SERVER = "server";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String COMMENT = "CounselDesk: the office database this user chose. "
            + "Holds the server's password: keep it readable by this user only.";

    private final Path folder;

    private ConnectionSettings(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The settings of the user whose data folder this is. */
    public static ConnectionSettings in(Path dataFolder) {
        return new ConnectionSettings(dataFolder);
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** This PC's own database file, beside the settings: what "this PC" means. */
    public DbAddress.File thisPc() {
        return new DbAddress.File(folder.resolve(DataLocation.FILE_NAME));
    }

    /**
     * The database chosen: this PC's file or a server (with its password). Empty when nothing was
     * chosen, or when the file cannot be read or makes no sense (said in the log).
     */
    public Optional<DbAddress> read() {
        Path file = file();
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return unusable(file, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        String database = p.getProperty(KEY_DATABASE, "").strip();
        if (database.equals(THIS_PC)) {
            return Optional.of(thisPc());
        }
        if (!database.equals(SERVER)) {
            return unusable(file, KEY_DATABASE + " is neither " + THIS_PC + " nor " + SERVER);
        }
        String server = p.getProperty(KEY_SERVER, "").strip();
        if (!server.regionMatches(true, 0, "postgresql://", 0, "postgresql://".length())) {
            return unusable(file, KEY_SERVER + " is not a postgresql:// address");
        }
        try {
            return Optional.of(DbAddress.parse(server));
        } catch (IllegalArgumentException e) {
            // DbAddress.parse names what is missing or the port, never the password.
            return unusable(file, e.getMessage());
        }
    }

    private Optional<DbAddress> unusable(Path file, String why) {
        log().warn("Cannot use the connection settings {} ({}); using this PC's database file {}", file, why,
                thisPc());
        return Optional.empty();
    }

    /**
     * Remembers the choice: a server with its password, or this PC's own file (any other file is
     * given with {@code --db}, not kept here). Replaces what was there in one move, readable by this
     * user only.
     */
    public void save(DbAddress address) {
        Properties p = new Properties();
        if (address instanceof DbAddress.Server server) {
            p.setProperty(KEY_DATABASE, SERVER);
            p.setProperty(KEY_SERVER, server.withPassword());
        } else if (address.equals(thisPc())) {
            p.setProperty(KEY_DATABASE, THIS_PC);
        } else {
            throw new IllegalArgumentException("Only this PC's own file is kept in the settings, not " + address);
        }
        StringWriter text = new StringWriter();
        try {
            p.store(text, COMMENT);
            Files.createDirectories(folder);
            Path temp = ownerOnlyTempFile();
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    out.write(text.toString());
                }
                move(temp, file());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(), e);
        }
    }

    /** A new empty file in the folder that only its owner may read and write. */
    private Path ownerOnlyTempFile() throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, FILE_NAME, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Path temp = Files.createTempFile(folder, FILE_NAME, ".tmp");
        restrictToOwner(temp);
        return temp;
    }

    /**
     * Windows: an ACL with one entry, the owner's, where the file system has ACLs. Best effort: the
     * data folder is the user's own already, so a file system without ACLs is no failure.
     */
    private static void restrictToOwner(Path file) {
        try {
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl == null) {
                return;
            }
            UserPrincipal owner = Files.getOwner(file);
            AclEntry entry = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(owner)
                    .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                            AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
                            AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL,
                            AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE,
                            AclEntryPermission.SYNCHRONIZE))
                    .build();
            acl.setAcl(List.of(entry));
        } catch (IOException | RuntimeException e) {
            log().warn("Could not restrict {} to its owner: {}", file, e.toString());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Looked up when first needed: reading the settings at start-up sets no logging up by itself. */
    private static Logger log() {
        return LoggerFactory.getLogger(ConnectionSettings.class);
    }
}
