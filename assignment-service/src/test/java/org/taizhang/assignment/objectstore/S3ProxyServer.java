package org.taizhang.assignment.objectstore;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real S3-compatible server for the tests: S3Proxy (org.gaul:s3proxy, copied to target/s3proxy by the build) run as
 * its own process on a free port, checking SigV4 signatures with one access key, its bucket a directory of a
 * temporary folder.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "taizhang-test";
    public static final String SECRET_KEY = "taizhang-test-secret/+=";
    public static final String BUCKET = "evidence-test";

    private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

    private final Process process;
    private final Path dir;
    private final int port;

    private S3ProxyServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    public static S3ProxyServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the build copies it there"
                    + " (maven-dependency-plugin, generate-test-resources)");
        }
        try {
            Path dir = Files.createTempDirectory("taizhang-s3-");
            Files.createDirectories(dir.resolve("data").resolve(BUCKET));
            int port = freePort();
            Path conf = dir.resolve("s3proxy.conf");
            Files.write(
                    conf,
                    List.of(
                            "s3proxy.authorization=aws-v2-or-v4",
                            "s3proxy.endpoint=http://127.0.0.1:" + port,
                            "s3proxy.identity=" + ACCESS_KEY,
                            "s3proxy.credential=" + SECRET_KEY,
                            "jclouds.provider=filesystem",
                            "jclouds.identity=" + ACCESS_KEY,
                            "jclouds.credential=" + SECRET_KEY,
                            "jclouds.filesystem.basedir=" + dir.resolve("data")));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java, "-Xmx256m", "-jar", JAR.toString(), "--properties", conf.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("s3proxy.log").toFile())
                    .start();
            S3ProxyServer server = new S3ProxyServer(process, dir, port);
            server.awaitListening(Duration.ofSeconds(60));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start S3Proxy: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Where the object of a key lies on disk: S3Proxy's filesystem store keeps a bucket as a folder. */
    public Path objectFile(String key) {
        return dir.resolve("data").resolve(BUCKET).resolve(key);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot remove " + dir, e);
        }
    }

    private void awaitListening(Duration limit) throws IOException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited: " + Files.readString(dir.resolve("s3proxy.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not listen within " + limit);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
