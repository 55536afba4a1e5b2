package com.counseldesk.common.db;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
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
import org.slf4j.LoggerFactory;

/**
 * A small properties file of this user's in the data folder ({@link ConnectionSettings},
 * {@link PcMemory}), in UTF-8. It is written whole to a temp file beside it that only its owner may
 * read ({@code rw-------} where the file system has POSIX permissions, else an ACL that names only the
 * owner, where the file system allows it), then moved into place in one step: a reader never sees half
 * a file, and a failed write leaves the old one.
 */
final class SettingsFile {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SettingsFile() {
    }

    /**
     * The file's properties, or empty when there is no file. An {@link IOException} when it cannot be
     * read (or is not UTF-8), an {@link IllegalArgumentException} when it is garbled (a broken
     * unicode escape).
     */
    static Optional<Properties> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Why {@link #read} failed, for the log: the exception's kind and message. */
    static String why(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Replaces the file (and makes its folder) with these properties, in one move. */
    static void write(Path file, Properties p, String comment) throws IOException {
        StringWriter text = new StringWriter();
        p.store(text, comment);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = ownerOnlyTempFile(folder, file.getFileName().toString());
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(text.toString());
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new empty file in the folder that only its owner may read and write. */
    private static Path ownerOnlyTempFile(Path folder, String name) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, name, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Path temp = Files.createTempFile(folder, name, ".tmp");
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
            LoggerFactory.getLogger(SettingsFile.class).warn("Could not restrict {} to its owner: {}", file,
                    e.toString());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
