package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grids in the JSON answer and GET /charts/{id}.png, on a real server with a real HTTP client. */
class ChartsApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.local(TestAssistants.create());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(TestServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_grid_question_returns_the_grid_and_a_chart_that_loads_at_its_size() throws Exception {
        JsonNode a = ApiTest.json(ApiTest.post(server, ApiTest.ask("irr by exit valuation and holding years")));
        JsonNode grid = a.path("results").get(0).path("grid");
        assertEquals("irr", grid.path("metric").asText());
        assertEquals("exit_valuation", grid.path("rows").path("input").asText());
        assertEquals("holding_years", grid.path("cols").path("input").asText());
        assertEquals(7, grid.path("rows").path("values").size());
        assertEquals(7, grid.path("cells").size());
        assertEquals(7, grid.path("cells").get(0).size());
        // $830B, 5 years: 0% exactly; $1.5T over 2 years: sqrt(1500/830) - 1
        assertEquals(0, grid.path("cells").get(2).get(3).decimalValue().signum());
        assertEquals(new BigDecimal("0.3443321448446624875526980765023482"), grid.path("cells").get(6).get(0).decimalValue());
        assertEquals(2, grid.path("rows").path("base_index").asInt());

        JsonNode chart = a.path("charts").get(0);
        assertEquals("heatmap", chart.path("kind").asText());
        assertTrue(chart.path("alt").asText().startsWith("Heat map of IRR"), chart.toString());
        String url = chart.path("url").asText();
        assertTrue(url.matches("/charts/q-[0-9a-f]{10}-0\\.png"), url);
        HttpResponse<byte[]> png = get(server, url);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertNotNull(img);
        assertEquals(chart.path("width").asInt(), img.getWidth());
        assertEquals(chart.path("height").asInt(), img.getHeight());
    }

    @Test
    void unknown_or_malformed_chart_ids_are_404() throws Exception {
        assertEquals(404, get(server, "/charts/q-0000000000-0.png").statusCode());
        assertEquals(404, get(server, "/charts/..%2Fconfig.png").statusCode());
        assertEquals(404, get(server, "/charts/q-0000000000-0.svg").statusCode());
    }

    @Test
    void charts_follow_the_api_access_rules() throws Exception {
        try (TestServer guarded = TestServer.withEnv(Map.of("THESISBOT_API_TOKEN", "chart-token"), TestAssistants.create())) {
            HttpResponse<String> r = ApiTest.post(guarded, ApiTest.ask("what matters most for the payoff?"),
                    "Authorization", "Bearer chart-token");
            String url = ApiTest.json(r).path("charts").get(0).path("url").asText();
            assertEquals(401, get(guarded, url).statusCode(), "no token, no chart");
            assertEquals(401, get(guarded, url, "Authorization", "Bearer wrong").statusCode());
            assertEquals(403, get(guarded, url, "Authorization", "Bearer chart-token", "Sec-Fetch-Site", "cross-site").statusCode());
            assertEquals(200, get(guarded, url, "Authorization", "Bearer chart-token").statusCode());
        }
    }

    @Test
    void ordinary_answers_have_an_empty_charts_list() throws Exception {
        JsonNode a = ApiTest.json(ApiTest.post(server, ApiTest.ask("What stake does $50B buy at $830B?")));
        assertTrue(a.path("charts").isArray());
        assertEquals(0, a.path("charts").size());
        assertTrue(a.path("results").get(0).path("grid").isMissingNode());
    }
}
