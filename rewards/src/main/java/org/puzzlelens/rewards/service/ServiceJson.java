package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.puzzlelens.puzzles.io.Json;

/**
 * The project's mapper with a buffer pool that the service's virtual threads share. Jackson's default
 * pool keeps its buffers in a thread-local, and each request runs on a new virtual thread, so every
 * request allocated a fresh set (some 15 KB: the generator's 8,000-byte output buffer, its text and
 * token buffers) and dropped it. A bounded pool keeps a few sets for all; under more concurrent requests
 * than it holds, the extra ones allocate as before and are dropped, so what the pool retains stays small.
 */
final class ServiceJson {
    /** More than the requests that parse or write at once on a few cores; each pooled set is tens of KB. */
    private static final int POOLED_BUFFER_SETS = 32;

    /** {@link Json#MAPPER}'s settings are Jackson's defaults, which this one keeps too. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.newBoundedPool(POOLED_BUFFER_SETS))
                    .build())
            .build();

    private ServiceJson() {}
}
