package dev.assistant.chat.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real redis-server process of the tests' own, on a free port (never the machine's shared Redis,
 * which tests must not stop). The cache-outage test stops and restarts it.
 */
public class RedisServer implements QuarkusTestResourceLifecycleManager {

    private static Process process;
    private static int port;
    private static Path dir;

    @Override
    public Map<String, String> start() {
        try {
            port = freePort();
            dir = Files.createTempDirectory("test-redis");
            launch();
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot start redis-server for the tests (run deploy/local/suite deps)", e);
        }
    }

    @Override
    public void stop() {
        kill();
    }

    public static synchronized void kill() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    public static synchronized void launch() throws IOException {
        process =
                new ProcessBuilder(
                                "redis-server",
                                "--port",
                                String.valueOf(port),
                                "--bind",
                                "127.0.0.1",
                                "--save",
                                "",
                                "--appendonly",
                                "no",
                                "--dir",
                                dir.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("redis.log").toFile())
                        .start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IOException("redis-server did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
