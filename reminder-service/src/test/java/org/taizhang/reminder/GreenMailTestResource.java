package org.taizhang.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** An in-process SMTP server (GreenMail) on a free port, with the mailer pointed at it. */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                greenMail, new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
