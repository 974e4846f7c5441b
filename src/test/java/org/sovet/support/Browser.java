package org.sovet.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Kirov", "LANG", "ru_RU.UTF-8", "LANGUAGE", "ru"))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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

    /** Logs out through the user menu of Tasklist's header. */
    public void logOutOfTasklist() {
        WebElement userMenu = wait.until(d -> d.findElements(By.cssSelector("a.dropdown-toggle.ng-binding")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        userMenu.click();
        click(By.xpath("//a[normalize-space(.)='Выйти']"));
        visible(By.cssSelector("input[type=password]"));
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

    public void fill(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
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
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        // Tasklist's notifications cover the form for a few seconds: wait until the click lands
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    /** Picks the option with this visible text in the page's select of this name. */
    public void select(String name, String option) {
        new Select(visible(By.name(name))).selectByVisibleText(option);
    }

    public void clickButton(String text) {
        click(By.xpath("//button[normalize-space(.)='" + text + "']"));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
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

    @Override
    public void close() {
        driver.quit();
    }
}
