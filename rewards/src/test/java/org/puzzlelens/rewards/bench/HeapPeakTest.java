package org.puzzlelens.rewards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapPeakTest {
    private static final int MB = 1 << 20;

    @Test
    void seesDataHeldThroughACollectionAndStaysWithinTheHeap() throws InterruptedException {
        List<byte[]> held = new ArrayList<>();
        try (HeapPeak heap = HeapPeak.start()) {
            for (int i = 0; i < 48; i++) {
                held.add(new byte[MB]);
            }
            // the collector reports each collection on a notification thread: wait (bounded) for this one's report
            for (int tries = 0; tries < 50 && heap.liveBytes() < 48L * MB; tries++) {
                System.gc();
                Thread.sleep(100);
            }
            assertThat(heap.liveBytes()).isGreaterThanOrEqualTo(48L * MB);
            assertThat(heap.bytes())
                    .isGreaterThanOrEqualTo(heap.liveBytes())
                    .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        }
        assertThat(held).hasSize(48);
    }
}
