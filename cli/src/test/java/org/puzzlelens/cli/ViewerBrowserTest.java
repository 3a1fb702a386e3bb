package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.puzzlelens.eval.EvalItem;

/**
 * The viewer in a real browser: Debian's headless Chromium driven by Selenium opens the page a study
 * folder gets from the file system, filters to the wrong image answers of one type, and finds the
 * image, the marked completion and the facts difference of the sample. Skipped where Chromium and its
 * driver are not installed, unless {@code PUZZLELENS_REQUIRE_BROWSER} is set ({@code .ci/run} installs
 * them and sets it, so that CI cannot skip it silently).
 */
class ViewerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path study;

    static EvalItem wrong;
    static ChromeDriver browser;

    @BeforeAll
    static void open() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("PUZZLELENS_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(
                    installed,
                    "chromium and chromium-driver are not installed "
                            + "(apt-get install -y chromium chromium-driver); .ci/run installs them");
        }
        wrong = ViewerFixture.build(study);
        assertThat(Main.commandLine().execute("view", study.toString())).isZero();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filtersToWrongImageAnswersOfOneTypeAndShowsImageCompletionAndFactsDifference() {
        browser.get(study.resolve(ViewCommand.PAGE).toUri().toString());
        new Select(browser.findElement(By.id("filter-condition"))).selectByValue("image");
        new Select(browser.findElement(By.id("filter-verdict"))).selectByValue("wrong");
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("clock");
        List<WebElement> listed = browser.findElements(By.cssSelector("#list li"));
        // both models got the first clock instance wrong under image, and nothing else
        assertThat(listed).hasSize(2);
        assertThat(browser.findElement(By.id("count")).getText()).startsWith("2 of 16 samples");
        listed.getFirst().click();

        WebElement image = browser.findElement(By.id("sample-image"));
        Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", image);
        assertThat(((Number) width).intValue()).isEqualTo(96);
        assertThat(browser.findElement(By.cssSelector("#completion .tag-description"))
                        .getText())
                .contains(ViewerFixture.WRONG_VALUE);
        assertThat(browser.findElement(By.cssSelector("#completion .tag-answer"))
                        .getText())
                .startsWith("<answer>");
        WebElement wrongFact = browser.findElement(By.cssSelector("#facts tr.fact-wrong"));
        assertThat(wrongFact.getText())
                .contains(wrong.facts().get(1).key())
                .contains(wrong.facts().get(1).value())
                .contains(ViewerFixture.WRONG_VALUE);
        assertThat(browser.findElements(By.cssSelector("#facts tr.fact-right"))).hasSize(1);
        assertThat(browser.findElement(By.id("prompt")).getText()).contains(wrong.question());

        // the same instance under text, by the link: right there
        browser.findElement(By.xpath("//ul[@id='links']//a[contains(., 'text')]"))
                .click();
        assertThat(browser.findElement(By.cssSelector("#detail h2")).getText()).contains("· text ·");
        assertThat(browser.findElement(By.id("answers")).findElement(By.className("answer-right")))
                .isNotNull();
    }
}
