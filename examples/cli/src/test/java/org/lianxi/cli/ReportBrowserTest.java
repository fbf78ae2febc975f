package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.core.sample.PlannedShortfall;
import org.lianxi.core.sample.SampleUniversity;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The demo's report.html in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}): the heat map, a planted shortfall in the cadre table, the language toggle; a
 * screenshot in each language under {@code target/}. Without Chromium the test is skipped, except
 * when {@code CI=true}: there it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String WEEKLY = "III.1.3-weekly-contact";

  private WebDriver driver;
  private PlannedShortfall planted;

  @BeforeAll
  void openTheDemoReport() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      if ("true".equals(System.getenv("CI"))) {
        fail(
            "CI=true but "
                + CHROMIUM
                + " or "
                + CHROMEDRIVER
                + " is missing: install chromium and chromium-driver");
      }
      Assumptions.abort("skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are not installed");
    }
    Cli.Result demo = DemoRun.first();
    assertThat(demo.status()).as(demo.toString()).isZero();
    // the latest term's planted shortfall of 三、1.(3), from the sample's manifest
    planted =
        SampleUniversity.demo(2024).manifest().shortfalls().stream()
            .filter(s -> s.obligationId().equals(WEEKLY) && s.termId().equals("2024-2025-2"))
            .findFirst()
            .orElseThrow();

    Path profile = Samples.TARGET.resolve("chromium-profile");
    Samples.delete(profile);
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1400,2400");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1400, 2400));
    driver.get(DemoRun.DIR.resolve("report.html").toAbsolutePath().toUri().toString());
  }

  @AfterAll
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theReportShowsTheHeatMapThePlantedShortfallAndSwitchesToEnglish() throws IOException {
    // 三、1.(3): one cell per university leader and teaching week
    int weeks = driver.findElements(By.cssSelector("#heatmap-table thead th[data-week]")).size();
    int leaders = driver.findElements(By.cssSelector("#heatmap-table tbody tr[data-cadre]")).size();
    List<WebElement> cells = driver.findElements(By.cssSelector("#heatmap-table td.hm"));
    assertThat(weeks).isGreaterThan(10);
    assertThat(leaders).isEqualTo(15);
    assertThat(cells).hasSize(weeks * leaders);
    assertThat(cells.get(0).isDisplayed()).isTrue();
    String cadre = planted.subjectId();
    List<WebElement> missed =
        driver.findElements(
            By.cssSelector(
                "#heatmap-table td.hm-none[data-cadre='" + cadre + "'][data-state='none']"));
    assertThat(missed).as("weeks %s missed", cadre).isNotEmpty();
    String missedColour = missed.get(0).getCssValue("background-color");
    String contactColour =
        driver
            .findElement(By.cssSelector("#heatmap-table td.hm-contact"))
            .getCssValue("background-color");
    assertThat(missedColour).isNotEqualTo(contactColour);

    // the cadre table: the planted shortfall is open and explained, with the missed weeks
    WebElement row =
        driver.findElement(
            By.cssSelector(
                "#cadre-table [data-cadre='" + cadre + "'] tr[data-obligation='" + WEEKLY + "']"));
    assertThat(row.getAttribute("data-status")).isEqualTo("SHORTFALL");
    assertThat(row.isDisplayed()).isTrue();
    assertThat(row.getText()).contains("三、1.(3)").contains(missed.get(0).getAttribute("data-week"));
    assertThat(row.getText()).contains("未达标").doesNotContain("shortfall");

    WebElement tiersZh = driver.findElement(By.cssSelector("#tiers h2 [lang='zh-CN']"));
    WebElement tiersEn = driver.findElement(By.cssSelector("#tiers h2 [lang='en']"));
    assertThat(tiersZh.isDisplayed()).isTrue();
    assertThat(tiersEn.isDisplayed()).isFalse();
    screenshot("report-zh.png");
    WebElement heatmap = driver.findElement(By.id("heatmap"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", heatmap);
    Path heatmapShot = heatmap.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        heatmapShot,
        Samples.TARGET.resolve("report-heatmap.png"),
        StandardCopyOption.REPLACE_EXISTING);
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");

    driver.findElement(By.id("lang-toggle")).click();

    assertThat(tiersEn.isDisplayed()).isTrue();
    assertThat(tiersZh.isDisplayed()).isFalse();
    assertThat(tiersEn.getText()).isEqualTo("Compliance per tier");
    assertThat(row.getText()).contains("shortfall").contains("required");
    assertThat(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"))
        .isEqualTo("en");
    screenshot("report-en.png");

    driver.findElement(By.id("lang-toggle")).click();
    assertThat(tiersZh.isDisplayed()).isTrue();
  }

  private void screenshot(String name) throws IOException {
    Path shot =
        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Samples.TARGET.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(Samples.TARGET.resolve(name))).isGreaterThan(10_000);
  }
}
