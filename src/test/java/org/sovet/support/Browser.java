package org.sovet.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromium-driver, as a council member would use Sovet:
 * Tasklist's login, task list and Camunda Forms, and the portal. Screenshots of the key screens go
 * to target/screenshots. Waits are explicit conditions on the page, never fixed pauses.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final String scenario;
    private int shots;

    private static final String LABEL = "//div[contains(@class,'fjs-container')]//label[normalize-space(text()[1])='%s' and @for]";

    public Browser(int port, String scenario) {
        this(port, scenario, false);
    }

    /** A phone's screen, 390 × 844 CSS pixels, as Chromium's device emulation gives it (the page's viewport meta applies). */
    public static Browser phone(int port, String scenario) {
        return new Browser(port, scenario, true);
    }

    private Browser(int port, String scenario, boolean phone) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (bash .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // this machine's network is closed: no background calls, no component updates
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=ru-RU", "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Kirov", "LANG", "ru_RU.UTF-8", "LANGUAGE", "ru"))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new ShootingWait(Duration.ofSeconds(30));
        this.baseUrl = "http://localhost:" + port;
        this.scenario = scenario;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Logs in on Tasklist's own login page and waits for the task list. */
    public void logInToTasklist(String user) {
        open("/camunda/app/tasklist/");
        WebElement password = visible(By.cssSelector("input[type=password]"));
        WebElement login = driver.findElement(By.cssSelector("input[type=text]"));
        login.clear();
        login.sendKeys(user);
        password.sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.xpath("//a[contains(normalize-space(.), 'Мои задачи')]"));
    }

    /** Logs in on the portal's login page and waits for the archive. */
    public void logInToPortal(String user) {
        logInToPortal(user, "demo");
    }

    /** Logs in with a password of one's own (the test profile's administrator has «admin»). */
    public void logInToPortal(String user, String password) {
        open("/login");
        visible(By.id("username")).sendKeys(user);
        visible(By.id("password")).sendKeys(password);
        clickButton("Войти");
        visible(By.cssSelector("header.topbar .who"));
    }

    /** Whether a button with this text is on the page at all. */
    public boolean hasButton(String text) {
        return !driver.findElements(By.xpath("//button[normalize-space(.)='" + text + "']")).isEmpty();
    }

    /** Logs out through the user menu of Tasklist's header. */
    public void logOutOfTasklist() {
        chooseFromUserMenu("Выйти");
        visible(By.cssSelector("input[type=password]"));
    }

    /** Opens the user menu of a Camunda webapp's header and picks the item with this text. */
    public void chooseFromUserMenu(String item) {
        WebElement userMenu = wait.until(d -> d.findElements(By.cssSelector("a.dropdown-toggle.ng-binding")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        userMenu.click();
        click(By.xpath("//a[normalize-space(.)='" + item + "']"));
    }

    public void chooseFilter(String name) {
        click(By.xpath("//a[contains(normalize-space(.), '" + name + "')]"));
    }

    public void openTask(String name) {
        click(By.xpath("//li[contains(@class,'task')]//a[normalize-space(.)='" + name + "']"));
        visible(By.cssSelector(".fjs-container"));
    }

    /**
     * Completes the open task and waits until its form has left: Tasklist may open the person's next task in its
     * place at once (sovet/next-task.js), so «no form on screen» is no sign of completion.
     */
    public void complete() {
        WebElement form = visible(By.cssSelector(".fjs-container"));
        clickButton("Завершить");
        waitUntilStale(form);
    }

    /** Waits until this form is gone: the list shows again, or the person's next task has opened by itself. */
    public void waitUntilStale(WebElement form) {
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    /** Waits until Tasklist shows this task's form, whoever opened it. */
    public void waitForTask(String taskId) {
        wait.until(d -> d.getCurrentUrl().contains("task=" + taskId));
        visible(By.cssSelector(".fjs-container"));
    }

    /** The Camunda Form's field with this label (the label's first line, without the required mark). */
    public WebElement field(String label) {
        WebElement element = visible(By.xpath(LABEL.formatted(label)));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    /** Every field of the Camunda Form with this label, in the form's order: one per row of a dynamic list. */
    public List<WebElement> fields(String label) {
        visible(By.xpath(LABEL.formatted(label)));
        return driver.findElements(By.xpath(LABEL.formatted(label))).stream()
                .map(element -> driver.findElement(By.id(element.getAttribute("for")))).toList();
    }

    /** What Sovet wrote under a form field the server refused (sovet/refusals.js), "" when nothing. */
    public String besideField(WebElement field) {
        WebElement box = field.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        return box.findElements(By.cssSelector(".sovet-refusal")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Types into the field with this label, again if the form redrew itself meanwhile and lost the text. */
    public void fill(String label, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = field(label);
            if (!text.equals(field.getDomProperty("value"))) {
                field.clear();
                field.sendKeys(text);
            }
            return text.equals(field(label).getDomProperty("value"));
        });
    }

    /** Picks the radio option with this label. */
    public void choose(String option) {
        click(By.xpath("//div[contains(@class,'fjs-container')]//label[normalize-space(.)='" + option + "']"));
    }

    public void click(By by) {
        // Tasklist redraws its task list after a process starts or a task completes: find the element again then
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element != null) {
                click(element);
            }
            return element != null;
        });
    }

    public void click(WebElement element) {
        // Tasklist's notifications cover the form for a few seconds, and an open list may scroll itself to its
        // highlighted option: bring the element into view again before each try, until the click lands. At once:
        // a form's option list scrolls smoothly, and a click aimed while it glides lands on the option's neighbour
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            element.click();
            return true;
        });
    }

    /** Opens a Camunda Form's select (a searchable one too) and clicks the option with this text in its list. */
    public void pick(WebElement select, String option) {
        click(select);
        click(By.xpath("//div[contains(@class,'fjs-container')]//*[contains(@class,'fjs-dropdownlist-item')"
                + " and normalize-space(.)='" + option + "']"));
    }

    /** Picks the option with this visible text in the page's select of this name. */
    public void select(String name, String option) {
        new Select(visible(By.name(name))).selectByVisibleText(option);
    }

    public void clickButton(String text) {
        click(By.xpath("//button[normalize-space(.)='" + text + "']"));
    }

    public WebElement visible(By by) {
        // a page still redirecting (Welcome → portal → login) aborts a lookup: look again on the next page
        return new ShootingWait(Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(String text) {
        // a page that is being left (a redirect) answers with a stale or detached body: wait for the next one
        new ShootingWait(Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitUntilGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** The document's title, as the browser's tab shows it. */
    public String title() {
        return driver.getTitle();
    }

    /** An attribute of the first element found, hidden ones too (a link in the head). */
    public String attribute(By by, String name) {
        return wait.until(d -> d.findElement(by)).getDomAttribute(name);
    }

    /** Runs a script in the page, as a test's stand-in for what the page's own code does. */
    public void runScript(String script) {
        ((JavascriptExecutor) driver).executeScript(script);
    }

    /** What a script in the page returns: a measurement of the layout, say. */
    public Object evaluate(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The window as a smaller screen has it: 1366×768, the councils' common laptop. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * The page is laid out at the phone's width (its viewport meta applies), nothing sticks out sideways,
     * the text is not shrunk; the screenshot is named after the page.
     */
    public void assertFitsThePhone(String page) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) evaluate("return [document.documentElement.scrollWidth,"
                + " document.documentElement.clientWidth, parseFloat(getComputedStyle(document.body).fontSize)]");
        Assertions.assertThat(sizes.get(1).intValue()).as(page + ": laid out for the phone, not a desktop page zoomed out")
                .isLessThanOrEqualTo(390);
        Assertions.assertThat(sizes.get(0).intValue()).as(page + ": no sideways scrolling of the whole page")
                .isLessThanOrEqualTo(sizes.get(1).intValue());
        Assertions.assertThat(sizes.get(2).doubleValue()).as(page + ": text readable without zoom").isGreaterThanOrEqualTo(14);
        String name = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        screenshot(name.isEmpty() ? "portal" : name);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Saves what the browser shows as target/screenshots/{scenario}-{nn}-{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(scenario, ++shots, name));
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }

    /** A wait that leaves what the browser showed when it gave up: a screenshot and the page's text. */
    private final class ShootingWait extends WebDriverWait {

        ShootingWait(Duration timeout) {
            super(driver, timeout);
        }

        @Override
        protected RuntimeException timeoutException(String message, Throwable lastException) {
            Path shot = screenshot("timed-out");
            try {
                Files.writeString(Path.of(shot.toString().replace(".png", ".txt")), driver.getCurrentUrl() + "\n\n" + text());
            } catch (IOException | WebDriverException e) {
                // the screenshot alone still tells what the page showed
            }
            return super.timeoutException(message + " (what the browser showed: " + shot + ")", lastException);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
