package org.puzzlelens.rewards.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the test classes that share one running service (the {@link ServiceFixture}) among their tests. */
abstract class LiveServiceTest {
    static ServiceFixture service;

    @BeforeAll
    static void startService() throws Exception {
        service = new ServiceFixture();
    }

    @AfterAll
    static void stopService() throws Exception {
        service.close();
    }
}
