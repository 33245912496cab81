package io.github.boxmaven.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/** Owner-only files where the file system has ACLs and no POSIX permissions, as on Windows. */
class PrivateFilesTest {

    private static FileSystem windowsLike() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl", "user").build());
    }

    @Test
    void withoutPosixAFileGetsOneAclEntryForItsOwnerAndNothingInherited() throws Exception {
        try (FileSystem fs = windowsLike()) {
            Path dir = fs.getPath("C:\\work");
            Files.createDirectories(dir);
            AclFileAttributeView dirView = Files.getFileAttributeView(dir, AclFileAttributeView.class);
            UserPrincipal everyone = fs.getUserPrincipalLookupService().lookupPrincipalByName("Everyone");
            Path file = dir.resolve("box-token");
            Files.write(file, "old".getBytes(StandardCharsets.US_ASCII));
            Files.getFileAttributeView(file, AclFileAttributeView.class).setAcl(List.of(AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW).setPrincipal(everyone).setPermissions(AclEntryPermission.READ_DATA)
                    .setFlags(AclEntryFlag.INHERIT_ONLY).build()));

            PrivateFiles.writeAtomically(file, "secret".getBytes(StandardCharsets.US_ASCII));

            assertFalse(fs.supportedFileAttributeViews().contains("posix"));
            assertEquals("secret", new String(Files.readAllBytes(file), StandardCharsets.US_ASCII));
            AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
            List<AclEntry> acl = view.getAcl();
            assertEquals(1, acl.size(), acl.toString());
            assertEquals(view.getOwner(), acl.get(0).principal());
            assertEquals(AclEntryType.ALLOW, acl.get(0).type());
            assertEquals(EnumSet.allOf(AclEntryPermission.class), acl.get(0).permissions());
            assertTrue(acl.get(0).flags().isEmpty(), "nothing inherited: " + acl.get(0).flags());
            assertTrue(dirView.getAcl().isEmpty(), "an existing directory is left as it is");
        }
    }

    @Test
    void aNewDirectoryIsOwnerOnlyToo() throws Exception {
        try (FileSystem fs = windowsLike()) {
            Path dir = fs.getPath("C:\\home\\.m2\\box-maven-plugin");
            PrivateFiles.createPrivateDirectories(dir);
            List<AclEntry> acl = Files.getFileAttributeView(dir, AclFileAttributeView.class).getAcl();
            assertEquals(1, acl.size(), acl.toString());
            assertEquals(Files.getOwner(dir), acl.get(0).principal());
        }
    }
}
