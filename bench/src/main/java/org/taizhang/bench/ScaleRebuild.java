package org.taizhang.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POST /api/admin/rebuild of reporting-service: the read model emptied and replayed from the three topics. The
 * seeded province never went through Kafka, so the rebuild measures what the topics hold (the fan-out plans, the
 * demo and the other scenarios' history) and takes the seeded read model away; it is written again afterwards.
 */
final class ScaleRebuild {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final StackClient stack;
    private final String token;
    private final ScaleSeed seed;

    ScaleRebuild(StackClient stack, String token, ScaleSeed seed) {
        this.stack = stack;
        this.token = token;
        this.seed = seed;
    }

    void measure(BenchRun run) throws Exception {
        BenchRun.say("scale: rebuilding reporting-service's read model from the topics (at most 15 min)");
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.reporting + "/api/admin/rebuild"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        long start = System.nanoTime();
        Figure figure;
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            figure = answer.statusCode() == 200
                    ? Figure.of("scale", "read model rebuild from the topics", seconds, "s")
                            .against("<= 600 s", seconds <= 600)
                            .noting("the topics hold the fan-out plans and the other scenarios' history, not the SQL"
                                    + " seed: " + ScaleProbe.brief(answer.body().getBytes()))
                    : Figure.of("scale", "read model rebuild from the topics", seconds, "s")
                            .against("<= 600 s", false)
                            .noting("failed: HTTP " + answer.statusCode() + " "
                                    + ScaleProbe.brief(answer.body().getBytes()));
        } catch (Exception e) {
            figure = Figure.of("scale", "read model rebuild from the topics", (System.nanoTime() - start) / 1e9, "s")
                    .against("<= 600 s", false)
                    .noting("failed: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        run.add(figure);
        long restore = System.nanoTime();
        seed.ensure(ScaleSeed.REPORTING_DB, false);
        BenchRun.say(String.format(
                "scale: the seeded read model written again in %.0f s", (System.nanoTime() - restore) / 1e9));
    }
}
