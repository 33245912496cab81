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
 * The state the plugin keeps between builds (the ledger, box.tokenFile): files only their owner may read,
 * written so that a reader never sees half of one (a temporary file beside the target, owner-only before
 * anything is written to it, then moved over the target atomically), changed under a lock beside them, and
 * read only when they are regular files of bounded size. Owner-only means POSIX permissions {@code rw-------}
 * where the file system has them, else (Windows) an ACL with one entry, for the owner, and no inherited entries.
 */
public final class PrivateFiles {
    private PrivateFiles() {}

    /** Turns what a file holds (null: nothing) into what it should hold (null: nothing). */
    @FunctionalInterface
    public interface Change {
        byte[] apply(byte[] current) throws IOException;
    }

    /**
     * What {@code file} holds, or null when nothing is there. Only a regular file is read, never through a symbolic
     * link, and never more than {@code maxBytes}: a named pipe would hang the build, {@code /dev/zero} fill its memory.
     *
     * @throws FileSystemException naming the file, when something else is there or the file is larger
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
            throw new FileSystemException(file.toString(), null, "is larger than " + maxBytes + " bytes");
        }
        return Arrays.copyOf(content.array(), content.position());
    }

    /**
     * Changes {@code file} under an exclusive lock on the owner-only {@code <file>.lock} beside it, waited for at
     * most {@code wait}: what it holds ({@link #read}) becomes what {@code change} returns, written atomically and
     * owner-only, or deleted when that is null. The parent directory is made, owner-only, when it is missing.
     *
     * @return false when the lock stayed busy: then nothing was read or changed
     */
    public static boolean update(Path file, int maxBytes, Duration wait, Change change) throws IOException {
        Path target = file.toAbsolutePath();
        createPrivateDirectories(target.getParent());
        try (FileChannel channel = openOwnerOnly(target.resolveSibling(target.getFileName() + ".lock"));
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

    /**
     * An exclusive lock on {@code channel}, waited for at most {@code wait}; null when it stayed taken. Across
     * JVMs the OS lock keeps others out; inside one JVM an overlapping lock is waited for the same way.
     */
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
     * Whether {@code file} is this user's alone: it belongs to whoever owns a file this process creates beside it
     * (a principal, not a name: on Windows a file's owner is {@code DOMAIN\\user}, or the Administrators group for
     * an elevated process, never what {@code user.name} says), and only its owner may read it.
     */
    public static boolean isPrivate(Path file) throws IOException {
        Path probe = Files.createTempFile(file.toAbsolutePath().getParent(), ".owner", ".tmp");
        try {
            return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(probe)) && isOwnerOnly(file);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * Whether only the owner may read {@code file}: POSIX permissions {@code rw-------} where the file system
     * has them, else (Windows) an ACL with one entry, for the owner.
     */
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
