package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in the machine's headless Chromium, driven through Debian's chromedriver (Selenium Manager never runs,
 * so nothing is downloaded): logs in through Keycloak's real login form, keeps a screenshot of each step in
 * target/screenshots, and fetches files with the browser's session cookies.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConsoleBrowser.class);
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final Path profile;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ConsoleBrowser() throws IOException {
        assertThat(Path.of(CHROMIUM)).as("Chromium (apt-get install chromium)").isExecutable();
        assertThat(Path.of(CHROMEDRIVER))
                .as("chromedriver (apt-get install chromium-driver)")
                .isExecutable();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a console page by path ("/plans"). */
    void open(String path) {
        driver.get(Stack.CONSOLE + path);
    }

    /** Logs in as a demo account through Keycloak's login form, starting from the console's home page. */
    void logIn(String account) {
        open("/");
        WebElement user = waitFor(By.id("username"));
        assertThat(driver.getCurrentUrl()).as("the login form is Keycloak's").startsWith(Stack.REALM);
        user.sendKeys(account);
        driver.findElement(By.id("password")).sendKeys(account);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("^" + Stack.CONSOLE + "/"));
        assertThat(text(By.cssSelector(".who"))).as("signed in as").contains(account);
    }

    /** Logs out with the header's link, through Keycloak's logout, to the console's signed-out page. */
    void logOut() {
        driver.findElement(By.linkText("退出")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("^" + Stack.CONSOLE + "/signed-out\\b"));
        assertThat(text(By.tagName("h1"))).isEqualTo("您已安全退出");
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    WebElement find(By what) {
        return driver.findElement(what);
    }

    /** Types into a field in place of what the page put there. */
    WebElement fill(By field, String value) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(value);
        return input;
    }

    List<WebElement> findAll(By what) {
        return driver.findElements(what);
    }

    String text(By what) {
        return waitFor(what).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void reload() {
        driver.navigate().refresh();
    }

    /** Clicks an element and waits until the page it leads to has replaced this one. */
    void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(html));
    }

    /** The first link naming {@code text} on this list page or, following 下一页, a later one. */
    Optional<WebElement> linkOnAnyPage(String text) {
        while (true) {
            List<WebElement> links = findAll(By.partialLinkText(text));
            if (!links.isEmpty()) {
                return Optional.of(links.get(0));
            }
            List<WebElement> next = findAll(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            clickAndWait(next.get(0));
        }
    }

    /** Keeps the visible part of the page, with {@code element} scrolled into view, as target/screenshots/name.png. */
    Path screenshot(String name, WebElement element) throws IOException {
        if (element != null) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        }
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png");
        Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        LOG.infof("screenshot %s (%s)", png, driver.getCurrentUrl());
        return png;
    }

    /** Keeps the page a failed step ended on (target/screenshots/name-failed.png), and logs its address and text. */
    void keepFailure(String name) {
        try {
            screenshot(name + "-failed", null);
            LOG.errorf(
                    "failed on %s:%n%s",
                    driver.getCurrentUrl(),
                    driver.findElement(By.tagName("body")).getText());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("no screenshot of the failure: %s", e.getMessage());
        }
    }

    /** GETs an address with the browser's cookies for the console, as a download link would. */
    HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(href).isAbsolute() ? URI.create(href) : URI.create(Stack.CONSOLE + href))
                .header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What the page's scripts and styles got wrong: a policy violation or an uncaught error. */
    List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught"))
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
