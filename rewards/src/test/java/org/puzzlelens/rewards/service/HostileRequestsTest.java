package org.puzzlelens.rewards.service;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.testing.HostileRequests;

/** The hostile-request corpus (shared with the model server's test) against both reward endpoints. */
class HostileRequestsTest {
    private ServiceFixture service;

    @BeforeEach
    void start() throws Exception {
        service = new ServiceFixture();
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
    }

    private boolean healthy() throws Exception {
        return service.send(HttpRequest.newBuilder(service.uri("/health")).GET()).statusCode() == 200;
    }

    @Test
    void eachHostileRequestIsRefusedClearlyAndTheServiceKeepsAnswering() throws Exception {
        String auth = "Authorization: Bearer " + ServiceFixture.TOKEN + "\r\n";
        for (String path : new String[] {"/v1/rewards", "/get_reward"}) {
            HostileRequests.assertEachRefusedClearlyAndServerStillAnswers(service.server.port(),
                    HostileRequests.corpus(path, auth), this::healthy);
        }
    }
}
