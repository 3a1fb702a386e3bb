package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.model.NativeHeap;

/** Free memory that glibc keeps (the surefire environment keeps it, as the launcher does) goes back to the system. */
class NativeHeapTest {
    private static final int CHUNKS = 256;
    private static final long CHUNK = 1 << 20; // under the mmap threshold: from the heap, as PyTorch's temporaries

    @Test
    void releaseReturnsFreedHeapMemoryToTheSystem() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux's /proc");
        long[] chunks = new long[CHUNKS];
        for (int i = 0; i < CHUNKS; i++) {
            chunks[i] = Native.malloc(CHUNK);
            new Pointer(chunks[i]).setMemory(0, CHUNK, (byte) 1); // resident only once written
        }
        long allocated = residentKilobytes();
        for (long chunk : chunks) {
            Native.free(chunk);
        }
        NativeHeap.release();
        // whether glibc kept the freed chunks or not, after the release at most a fraction is still resident
        assertThat(residentKilobytes()).isLessThan(allocated - CHUNKS * CHUNK / 1024 / 2);
    }

    private static long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
