package org.puzzlelens.rewards.service;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/** The service's bearer token, kept in a file only its owner can read. */
public final class TokenFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private TokenFile() {}

    /** {@code ~/.puzzlelens/reward-token}. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".puzzlelens", "reward-token");
    }

    /** What {@link #readOrCreate} did. */
    public record Token(String value, Path file, boolean created) {}

    /** Reads the token, or writes a new random one (256 bits, hex) with permissions 0600. */
    public static Token readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String token = Files.readString(file).strip();
            if (token.length() < 16) {
                throw new IllegalArgumentException(file + " holds no usable token (at least 16 characters); "
                        + "delete it to have a new one made");
            }
            return new Token(token, file, false);
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: the folder's own protection applies
        } catch (FileAlreadyExistsException e) {
            return readOrCreate(file); // another process made it first
        }
        Files.writeString(file, token + "\n");
        return new Token(token, file, true);
    }
}
