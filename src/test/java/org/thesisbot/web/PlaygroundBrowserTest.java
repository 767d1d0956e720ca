package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground in a real headless Chromium (Debian's chromium + chromium-driver), driven by Selenium.
 * Skips, saying why, where the browser or driver is missing; .ci/run installs both.
 */
class PlaygroundBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ANSWER = ".msg.bot:not(.typing)";

    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static TestServer server;
    private static WebDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver "
                        + "(Debian: apt-get install -y chromium chromium-driver)");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE); // "no CDP implementation for Chromium N": harmless here
        server = TestServer.local(TestAssistants.create());
        profile = Files.createTempDirectory("thesisbot-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1200,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void openPage() {
        driver.get(server.uri("/").toString());
        ((JavascriptExecutor) driver).executeScript("window.sessionStorage.clear()");
        driver.navigate().refresh();
    }

    private static WebDriverWait waitUpTo30s() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Types the question, presses Enter, and returns the bot's reply once it is rendered. */
    private static WebElement askAndWait(String question) {
        int before = driver.findElements(By.cssSelector(ANSWER)).size();
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        return waitForReply(before);
    }

    private static WebElement waitForReply(int before) {
        waitUpTo30s().until(d -> d.findElements(By.cssSelector(ANSWER)).size() > before);
        List<WebElement> all = driver.findElements(By.cssSelector(ANSWER));
        return all.get(all.size() - 1);
    }

    @Test
    void a_numeric_question_a_follow_up_and_a_narrative_question_render_like_a_slack_thread() {
        WebElement stake = askAndWait("What stake would $50B buy at an $830B valuation?");
        assertFalse(stake.getAttribute("class").contains("error"), stake.getText());
        assertTrue(stake.getText().contains("6.0"), stake.getText());
        WebElement card = stake.findElement(By.cssSelector(".result"));
        assertTrue(card.findElement(By.cssSelector(".formula")).getText().contains("/"), "the formula is shown");
        assertFalse(card.findElements(By.cssSelector(".tag.source")).isEmpty(), "inputs carry their source tag");
        // The user's question shows as its own message in the thread.
        assertTrue(driver.findElements(By.cssSelector(".msg.user")).get(0).getText()
                .contains("What stake would $50B buy at an $830B valuation?"));

        WebElement followUp = askAndWait("what if it's a $1T post-money?");
        assertTrue(followUp.getText().contains("5%"), "the follow-up reuses the thread's stake question: "
                + followUp.getText());
        assertTrue(followUp.getText().toLowerCase().contains("stake"), followUp.getText());

        int before = driver.findElements(By.cssSelector(ANSWER)).size();
        driver.findElement(By.cssSelector("button.scenario[data-scenario='bull']")).click();
        WebElement bull = waitForReply(before);
        assertTrue(bull.getText().toLowerCase().contains("bull"), bull.getText());

        driver.findElement(By.id("new-thread")).click();
        assertTrue(driver.findElements(By.cssSelector(".msg")).isEmpty(), "a new thread starts empty");

        WebElement narrative = askAndWait("Why would Amazon fund a competitor of Anthropic?");
        List<WebElement> sources = narrative.findElements(By.cssSelector(".sources li"));
        assertFalse(sources.isEmpty(), "a narrative answer lists its sources: " + narrative.getText());
        assertTrue(sources.get(0).getText().startsWith("[1]"), sources.get(0).getText());
        WebElement marker = narrative.findElement(By.cssSelector(".text a.cite"));
        assertEquals("[1]", marker.getText());
        assertTrue(marker.getAttribute("href").endsWith(sources.get(0).getAttribute("id")),
                "the [1] marker links to source 1");
    }

    @Test
    void a_sensitivity_question_shows_the_grid_as_a_table_and_the_chart_image_loads() {
        WebElement reply = askAndWait("irr by exit valuation and holding years");
        WebElement table = reply.findElement(By.cssSelector("table.grid"));
        assertEquals(7, table.findElements(By.cssSelector("tbody tr")).size());
        WebElement base = table.findElement(By.cssSelector("td.base"));
        assertEquals("0%", base.getText());
        assertTrue(reply.findElements(By.cssSelector(".text pre")).isEmpty(), "the table is not shown twice");
        WebElement img = reply.findElement(By.cssSelector("figure.chart img"));
        assertTrue(img.getAttribute("alt").startsWith("Heat map of IRR"), img.getAttribute("alt"));
        waitUpTo30s().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
        assertEquals(1000L, ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", img));
    }

    @Test
    void a_question_with_two_readings_offers_a_button_for_each_and_one_click_answers() {
        WebElement reply = askAndWait("aws compute profit at 60%?");
        List<WebElement> choices = reply.findElements(By.cssSelector(".clarify button"));
        assertEquals(2, choices.size(), reply.getText());
        assertTrue(choices.get(1).getText().contains("margin"), choices.get(1).getText());
        int before = driver.findElements(By.cssSelector(ANSWER)).size();
        choices.get(1).click();
        WebElement answer = waitForReply(before);
        // 50% capture x $115B x 60% margin = $34.5B
        assertTrue(answer.getText().contains("$34.5B"), answer.getText());
        assertTrue(answer.findElements(By.cssSelector(".clarify button")).isEmpty(), "the chosen reading is answered");
    }

    @Test
    void markup_in_a_question_is_shown_as_text_and_never_executed() {
        String title = driver.getTitle();
        WebElement reply = askAndWait("<img src=x onerror=\"document.title='pwned'\"> <script>document.title='pwned'</script> hi");
        assertTrue(driver.findElements(By.cssSelector("#thread img, #thread script")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".msg.user")).getText().contains("<img src=x"));
        assertEquals(title, driver.getTitle());
        assertFalse(reply.getText().isBlank());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_mrkdwn_renderer_formats_slack_markup_and_drops_anything_unsafe() {
        String mrkdwn = "*Stake:* _about_ `6.02%` of post_money_valuation, see <https://example.com/a?b=1> and <https://evil.example/login|slack.com/verify>"
                + " and <javascript:alert(1)|click> <img src=x onerror=alert(1)> &lt;b&gt;not bold&lt;/b&gt; [2]\n"
                + "• first point\n• second *point*\n> a quote\n```\n<b>code</b>\n```";
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var n = window.thesisbot.renderMrkdwn(arguments[0], null);"
                        + "return {strong: Array.from(n.querySelectorAll('strong')).map(e => e.textContent),"
                        + " em: Array.from(n.querySelectorAll('em')).map(e => e.textContent),"
                        + " code: Array.from(n.querySelectorAll('p code')).map(e => e.textContent),"
                        + " links: Array.from(n.querySelectorAll('a')).map(e => e.getAttribute('href')),"
                        + " li: n.querySelectorAll('li').length, quote: n.querySelectorAll('blockquote').length,"
                        + " pre: n.querySelector('pre') ? n.querySelector('pre').textContent : null,"
                        + " unsafe: n.querySelectorAll('img, script, b, [onerror]').length, text: n.textContent};",
                mrkdwn);
        assertEquals(List.of("Stake:", "point"), r.get("strong"));
        assertEquals(List.of("about"), r.get("em"), "snake_case words stay plain");
        assertEquals(List.of("6.02%"), r.get("code"));
        assertEquals(List.of("https://example.com/a?b=1"), r.get("links"),
                "only http(s)/mailto links whose label is their address become links");
        assertEquals(2L, r.get("li"));
        assertEquals(1L, r.get("quote"));
        assertEquals("<b>code</b>", r.get("pre"));
        assertEquals(0L, r.get("unsafe"));
        String text = (String) r.get("text");
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), "unknown markup is shown as text: " + text);
        assertTrue(text.contains("<b>not bold</b>"), text);
        assertTrue(text.contains("post_money_valuation"), text);
        assertTrue(text.contains("slack.com/verify"), "a link whose label lies is shown as its label, as text: " + text);
    }

    @Test
    void with_an_api_token_the_page_asks_for_it_and_then_answers() {
        try (TestServer guarded = TestServer.withEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "s",
                "THESISBOT_API_TOKEN", "browser-token"), TestAssistants.create())) {
            driver.get(guarded.uri("/").toString());
            ((JavascriptExecutor) driver).executeScript("window.sessionStorage.clear()");
            driver.navigate().refresh();
            WebElement refused = askAndWait("What stake would $50B buy at an $830B valuation?");
            assertTrue(refused.getAttribute("class").contains("error"));
            assertTrue(refused.getText().contains("API token"), refused.getText());
            WebElement field = driver.findElement(By.id("token"));
            assertTrue(field.isDisplayed(), "the token field opens on a 401");
            field.sendKeys("browser-token");
            driver.findElement(By.id("token-save")).click();
            WebElement answer = askAndWait("What stake would $50B buy at an $830B valuation?");
            assertFalse(answer.getAttribute("class").contains("error"), answer.getText());
            assertTrue(answer.getText().contains("6.0"), answer.getText());
            assertEquals("", field.getAttribute("value"), "the field is cleared once the token is stored");
        }
    }
}
