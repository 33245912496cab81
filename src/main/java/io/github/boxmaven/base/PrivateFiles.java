package io.github.boxmaven.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Files only their owner may read, written so that a reader never sees half of one: a temporary file
 * beside the target, owner-only before anything is written to it, then moved over the target
 * atomically. Owner-only means POSIX permissions {@code rw-------} where the file system has them, else
 * (Windows) an ACL with one entry, for the owner, and no inherited entries.
 */
public final class PrivateFiles {
    private PrivateFiles() {}

    /** Writes {@code content} to {@code file}; the parent directory must exist. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            restrict(temporary, "rw-------");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates the directory, owner-only, when it does not exist. A directory that exists is left as
     * it is: it may be one the user chose and shares.
     */
    public static void createPrivateDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory);
        try {
            restrict(directory, "rwx------");
        } catch (IOException | SecurityException e) {
            // the files themselves are still owner-only
        }
    }

    /**
     * Opens {@code file} to write, creating it owner-only when it does not exist; a symbolic link there is
     * refused (an {@code IOException}), never followed: for a lock file beside an owner-only file.
     */
    public static FileChannel openOwnerOnly(Path file) throws IOException {
        Set<OpenOption> options = new HashSet<>(Arrays.asList(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        }
        FileChannel channel = FileChannel.open(file, options);
        try {
            restrict(file, "rw-------");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /**
     * An exclusive lock on {@code channel}, waited for at most {@code wait}; null when it stayed taken. Across
     * JVMs the OS lock keeps others out; inside one JVM an overlapping lock is waited for the same way.
     */
    public static FileLock lock(FileChannel channel, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // another thread of this JVM holds it; wait as for another process
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Whether only the owner may read {@code file}: POSIX permissions {@code rw-------} where the file system
     * has them, else (Windows) an ACL with one entry, for the owner.
     */
    public static boolean isOwnerOnly(Path file) throws IOException {
        Set<String> views = file.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS))
                    .equals("rw-------");
        }
        if (views.contains("acl")) {
            AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
            return view.getAcl().size() == 1 && view.getAcl().get(0).principal().equals(view.getOwner());
        }
        return true;
    }

    private static void restrict(Path path, String posixPermissions) throws IOException {
        Set<String> views = path.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(posixPermissions));
        } else if (views.contains("acl")) {
            ownerOnly(Files.getFileAttributeView(path, AclFileAttributeView.class));
        }
    }

    /** Replaces the ACL with a single entry: everything for the owner. Nothing inherited stays. */
    static void ownerOnly(AclFileAttributeView view) throws IOException {
        AclEntry owner = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build();
        view.setAcl(Collections.singletonList(owner));
    }
}
