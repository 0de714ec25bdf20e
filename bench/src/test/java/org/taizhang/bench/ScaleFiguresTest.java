package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleFiguresTest {

    @Test
    void shouldProbeTheOverdueListOfTheOfficeACountyAUnitAndTheProvincePlan() {
        assertThat(ScaleFigures.overdueLists())
                .extracting(list -> list[1])
                .containsExactly(
                        "",
                        "regionCode=" + ScaleFigures.COUNTY,
                        "unitId=" + ScaleFigures.UNIT,
                        "planId=" + ScaleFigures.PLAN);
    }

    @Test
    void shouldFollowNextToTheDeepPageAndGiveUpWhereTheListEnds() throws Exception {
        List<String> asked = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/list", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            asked.add(query);
            int page = query.contains("after=c") ? Integer.parseInt(query.replaceAll(".*after=c", "")) : 0;
            String next = page < 4 ? "\"c" + (page + 1) + "\"" : "null";
            byte[] body = ("{\"count\":1,\"items\":[],\"next\":" + next + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String first = "http://127.0.0.1:" + server.getAddress().getPort() + "/list?size=2";
            StackClient stack = new StackClient();

            assertThat(ScaleFigures.deepPage(stack, "t", first, 3)).isEqualTo(first + "&after=c3");
            assertThat(asked).containsExactly("size=2", "size=2&after=c1", "size=2&after=c2");
            assertThat(ScaleFigures.deepPage(stack, "t", first, 6)).isNull();
        } finally {
            server.stop(0);
        }
    }
}
