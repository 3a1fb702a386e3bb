package org.puzzlelens.puzzles.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on what a command writes (a run folder, a results file), so that a second writer
 * is refused instead of interleaving with the first. The operating system's file lock is released
 * when its process ends, however it ends, so a killed run never leaves a stale lock behind. The
 * lock file stays (deleting it would let two processes lock two different files of the same name).
 */
public final class RunLock implements AutoCloseable {
    /** The lock file inside a locked folder. */
    public static final String FOLDER_LOCK = ".puzzlelens.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks a folder that a command fills (a suite, a training run, a study). */
    public static RunLock folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        return acquire(dir.resolve(FOLDER_LOCK), dir);
    }

    /** Locks a file that a command appends to, through {@code FILE.lock} beside it. */
    public static RunLock file(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return acquire(parent.resolve(file.getFileName() + ".lock"), file);
    }

    private static RunLock acquire(Path lockFile, Path guarded) throws IOException {
        FileChannel channel = FileChannel.open(
                lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new RunLockedException(guarded + " is being written by another puzzlelens run (" + holder + ", lock "
                    + lockFile + "); wait for it to finish, or write to another --out");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return new RunLock(channel, lock);
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        channel.read(buf, 0);
        String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        return pid.isEmpty() ? "process unknown" : "process " + pid;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another run holds the lock. */
    public static final class RunLockedException extends IllegalStateException {
        public RunLockedException(String message) {
            super(message);
        }
    }
}
