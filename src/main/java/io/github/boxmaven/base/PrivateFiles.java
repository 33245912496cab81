package io.github.boxmaven.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The files the plugin keeps between builds: owner-only (POSIX {@code rw-------}, else an ACL with the owner alone),
 * written atomically (an owner-only temporary file moved over the target), changed under a lock beside them, and
 * read only when they are regular files of bounded size.
 */
public final class PrivateFiles {
    private PrivateFiles() {}

    /** A file larger than its reader's bound. */
    public static final class TooLarge extends FileSystemException {
        private static final long serialVersionUID = 1L;

        TooLarge(Path file, int maxBytes) {
            super(file.toString(), null, "is larger than " + maxBytes + " bytes");
        }
    }

    /** Turns what a file holds (null: nothing) into what it should hold (null: nothing). */
    @FunctionalInterface
    public interface Change {
        byte[] apply(byte[] current) throws IOException;
    }

    /**
     * What {@code file} holds, null when nothing is there: only a regular file, never through a link, at most
     * {@code maxBytes} (a named pipe would hang the build, {@code /dev/zero} fill its memory); else an exception.
     */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, "is " + (attributes.isDirectory() ? "a directory"
                    : attributes.isSymbolicLink() ? "a symbolic link" : "a named pipe, socket or device")
                    + ", not a regular file");
        }
        ByteBuffer content = ByteBuffer.allocate(maxBytes + 1);
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            while (content.hasRemaining() && channel.read(content) >= 0) {
                // until the end, or one byte more than allowed
            }
        }
        if (content.position() > maxBytes) {
            throw new TooLarge(file, maxBytes);
        }
        return Arrays.copyOf(content.array(), content.position());
    }

    /**
     * Changes {@code file} under a lock on {@code <file>.lock} beside it: what it holds becomes what {@code change}
     * returns (deleted for null). False when the lock stayed busy for {@code wait}, and nothing was changed.
     */
    public static boolean update(Path file, int maxBytes, Duration wait, Change change) throws IOException {
        Path target = file.toAbsolutePath();
        createPrivateDirectories(target.getParent());
        try (FileChannel channel = openOwnerOnly(lockOf(target));
                FileLock lock = lock(channel, wait)) {
            if (lock == null) {
                return false;
            }
            byte[] current = read(target, maxBytes);
            byte[] next = change.apply(current);
            if (next == null) {
                Files.deleteIfExists(target);
            } else if (next != current) {
                writeAtomically(target, next);
            }
            return true;
        }
    }

    /** Deletes the lock beside {@code file}, once nothing is left for it to guard; a link there is deleted, not followed. */
    public static void deleteLock(Path file) throws IOException {
        Files.deleteIfExists(lockOf(file.toAbsolutePath()));
    }

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

    /** Creates the directory owner-only; one that exists is left as it is (the user may share it). */
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

    private static Path lockOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".lock");
    }

    /** Opens a lock file to write, creating it owner-only; a symbolic link there is refused, never followed. */
    static FileChannel openOwnerOnly(Path file) throws IOException {
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

    /** An exclusive lock, waited for at most {@code wait}, also when a thread of this JVM holds it; else null. */
    static FileLock lock(FileChannel channel, Duration wait) throws IOException {
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
     * Whether {@code file} is this user's alone: owned by whoever owns a file this process creates beside it (a
     * principal, not a name: on Windows {@code DOMAIN\\user} or Administrators, never {@code user.name}), owner-only.
     */
    public static boolean isPrivate(Path file) throws IOException {
        Path probe = Files.createTempFile(file.toAbsolutePath().getParent(), ".owner", ".tmp");
        try {
            return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(probe)) && isOwnerOnly(file);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** POSIX {@code rw-------} where the file system has it, else an ACL with one entry, for the owner. */
    static boolean isOwnerOnly(Path file) throws IOException {
        Set<String> views = file.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS))
                    .equals("rw-------");
        }
        if (views.contains("acl")) {
            AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
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

    /** One ACL entry, everything for the owner; nothing inherited stays. */
    static void ownerOnly(AclFileAttributeView view) throws IOException {
        view.setAcl(Collections.singletonList(AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                .setPrincipal(view.getOwner()).setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
    }
}
