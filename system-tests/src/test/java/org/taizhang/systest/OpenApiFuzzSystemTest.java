package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the four OpenAPI documents, sent a bounded set of odd requests (wrong types, huge and negative
 * numbers, control characters, long text, unknown enum values, broken, deep or missing bodies, wrong content types) by
 * a caller the access matrix allows: none may answer with a 5xx. The seed is fixed, so a failure can be replayed.
 */
class OpenApiFuzzSystemTest {

    private static final Logger LOG = Logger.getLogger(OpenApiFuzzSystemTest.class);
    private static final long SEED = Long.getLong("taizhang.fuzz.seed", 18L);
    private static final Duration BUDGET = Duration.ofMinutes(2);
    /** The rebuild replays every topic: heavy, and it takes no input to fuzz. */
    private static final Set<String> NOT_SENT = Set.of("reporting-service POST /api/admin/rebuild");
    /** Whom to call as, in this order of preference, among the callers the access matrix allows. */
    private static final List<String> PREFERRED =
            List.of("office", "unit-a", "county-x", "auditor", "unit-b", "county-y", "anonymous");

    private static final RestAssuredConfig AS_IS = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Test
    void noOperationAnswersAnOddRequestWithA5xx() {
        OddValues odd = new OddValues(SEED);
        Map<String, AccessMatrix.Row> rows =
                AccessMatrix.load().stream().collect(Collectors.toMap(AccessMatrix.Row::key, Function.identity()));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> notProblems = new TreeSet<>();
        Instant started = Instant.now();
        for (Stack.Service service : Stack.SERVICES) {
            for (OpenApiOperations.Operation operation : OpenApiOperations.of(service)) {
                if (NOT_SENT.contains(operation.key())) {
                    continue;
                }
                String account = caller(rows.get(operation.key()));
                for (FuzzRequests.Request request : FuzzRequests.of(operation, odd)) {
                    Response response = send(operation, request, account);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() >= 400
                            && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        notProblems.add(operation.key() + " " + response.statusCode());
                    }
                    if (response.statusCode() >= 500) {
                        failures.add("%s as %s, %s → %d %s"
                                .formatted(
                                        operation.key(),
                                        account,
                                        request.describe(),
                                        response.statusCode(),
                                        clip(response.asString())));
                    }
                }
            }
        }
        Duration took = Duration.between(started, Instant.now());
        LOG.infof("OpenAPI fuzz (seed %d): %s in %s", SEED, statuses, took);
        // the HTTP layer's own refusals (an over-long request line: 414) come before any problem mapper
        LOG.infof("4xx answers that were not problem+json: %s", notProblems);
        assertThat(failures)
                .as("operations that answered an odd request with a 5xx (fuzz seed %d)", SEED)
                .isEmpty();
        assertThat(took).as("the fuzz pass stays within its time budget").isLessThan(BUDGET);
        Health.assertAllReady("after the OpenAPI fuzz pass");
    }

    private static Response send(OpenApiOperations.Operation operation, FuzzRequests.Request request, String account) {
        RequestSpecification spec =
                Stack.as(account, operation.base()).config(AS_IS).urlEncodingEnabled(false);
        if (request.form() != null) {
            request.form().forEach((name, value) -> {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                if (name.endsWith("@file")) {
                    spec.multiPart(name.substring(0, name.length() - 5), "odd.bin", bytes, "application/octet-stream");
                } else {
                    spec.multiPart(name, value);
                }
            });
        } else if (request.body() != null) {
            spec.contentType(request.contentType()).body(request.body());
        }
        return spec.request(operation.method(), request.uri());
    }

    private static String caller(AccessMatrix.Row row) {
        if (row == null) {
            return Tokens.OFFICE;
        }
        for (String preferred : PREFERRED) {
            for (int i = 0; i < AccessMatrix.CALLERS.size(); i++) {
                var caller = AccessMatrix.CALLERS.get(i);
                if (caller.getKey().equals(preferred) && row.expected().get(i).equals("allow")) {
                    return caller.getValue().isEmpty() ? null : caller.getValue();
                }
            }
        }
        return Tokens.OFFICE;
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
