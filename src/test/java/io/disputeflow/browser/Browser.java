package io.disputeflow.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the Camunda webapps, one for all browser tests of the JVM. Register it with
 * {@code @RegisterExtension}; the browser starts before the first test and quits when the JVM ends. Each test
 * starts on a blank page without cookies or stored data of the application (as a fresh browser would); a failing
 * test leaves a screenshot and the page source. Screenshots go to
 * {@code target/browser-screenshots/<TestClass>/<test>-NN-<step>.png}.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver} (or {@code CHROME_BIN} / {@code CHROMEDRIVER}),
 * never Selenium Manager: these machines have no internet. A missing browser fails the test, it does not skip it.
 */
public class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    private static ChromeDriver shared;
    private static Path userDataDir;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path screenshotDir;
    private String testName;
    private int shots;
    private String baseUrl;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        testName = context.getRequiredTestMethod().getName();
        screenshotDir = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
        Files.createDirectories(screenshotDir);
        try (Stream<Path> old = Files.list(screenshotDir)) {
            for (Path file : old.filter(file -> file.getFileName().toString().startsWith(testName + "-")).toList()) {
                Files.delete(file);
            }
        }
        shots = 0;
        driver = sharedDriver();
        wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
    }

    /** The JVM's browser: started on first use (or again if it died), quit by a shutdown hook. */
    private static synchronized ChromeDriver sharedDriver() throws IOException {
        if (shared != null) {
            try {
                shared.getWindowHandle();
                return shared;
            } catch (RuntimeException dead) {
                quitShared();
            }
        }
        userDataDir = Files.createTempDirectory("disputeflow-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1400", "--lang=en-US", "--user-data-dir=" + userDataDir);
        File chromedriver = new File(executable("CHROMEDRIVER", "/usr/bin/chromedriver"));
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.getPath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        shared = new ChromeDriver(service, options);
        shared.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitShared, "quit-chromium"));
            hookAdded = true;
        }
        return shared;
    }

    private static boolean hookAdded;

    private static synchronized void quitShared() {
        try {
            if (shared != null) {
                shared.quit();
            }
        } catch (RuntimeException alreadyGone) {
            // nothing left to quit
        } finally {
            shared = null;
            if (userDataDir != null) {
                try (Stream<Path> files = Files.walk(userDataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    // a temporary directory; the OS cleans it up eventually
                }
                userDataDir = null;
            }
        }
    }

    private static String executable(String environmentVariable, String debianPath) {
        String path = Optional.ofNullable(System.getenv(environmentVariable)).filter(p -> !p.isBlank())
                .orElse(debianPath);
        if (!Files.isExecutable(Paths.get(path))) {
            throw new IllegalStateException("Browser tests need Chromium and its driver, but " + path
                    + " is missing or not executable. Install the Debian packages: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them), or point "
                    + "CHROME_BIN / CHROMEDRIVER at a Chromium and a matching chromedriver.");
        }
        return path;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            try {
                screenshot("failure");
                Files.writeString(screenshotDir.resolve(testName + "-failure.html"), driver.getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    /** Forgets the test's sign-ins and stored data (cookies, local and session storage, caches), blanks the page. */
    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (driver instanceof ChromeDriver chrome) {
                chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                if (baseUrl != null) {
                    chrome.executeCdpCommand("Storage.clearDataForOrigin",
                            Map.of("origin", baseUrl, "storageTypes", "all"));
                }
                chrome.get("about:blank");
            }
        } catch (RuntimeException broken) {
            // the next test starts a new browser
            quitShared();
        } finally {
            driver = null;
            baseUrl = null;
        }
    }

    /** The application under test, e.g. {@code http://localhost:43117}. */
    public Browser at(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) and signs in through its login page. */
    public void signIn(String app, String user, String password) {
        open("/camunda/app/" + app + "/default/");
        By usernameField = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
        By passwordField = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
        // The login page may still be starting (it focuses the user name field when ready): type until both hold
        // exactly what was typed, so a password never ends up in the user name.
        wait.until(driver -> {
            WebElement username = driver.findElement(usernameField);
            WebElement secret = driver.findElement(passwordField);
            username.clear();
            username.sendKeys(user);
            secret.clear();
            secret.sendKeys(password);
            return user.equals(username.getAttribute("value")) && password.equals(secret.getAttribute("value"));
        });
        screenshot(app + "-login");
        clickable(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        visible(By.cssSelector(".cam-brand, [cam-widget-header], .navbar"));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Scrolls an element to the middle of the window, away from the webapps' fixed header and footer. */
    public void scrollToCenter(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Clicks an element in the middle of the window. Tasklist's task pane scrolls inside a fixed layout, so an
     * element may still sit under the pane's footer; then the click goes to the element itself through the DOM.
     */
    public void click(WebElement element) {
        scrollToCenter(element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    /** Saves a PNG of the current page as the next numbered step of this test. */
    public Path screenshot(String step) {
        shots++;
        Path target = screenshotDir.resolve(String.format("%s-%02d-%s.png", testName, shots, step));
        try {
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
