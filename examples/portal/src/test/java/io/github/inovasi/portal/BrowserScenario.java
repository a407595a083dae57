package io.github.inovasi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.table.TableFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The officer's scenario in Debian's Chromium, driven through the system chromedriver (nothing
 * downloaded, Selenium Manager never asked): sign in, upload a register and answers, see the
 * score, the loss chart, the plan and the history chart, switch to English, see a bad upload
 * refused with nothing changed, and see another region's data refused. Subclasses choose the
 * database.
 */
abstract class BrowserScenario {
  private static WebDriver driver;
  private static Path profile;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws Exception {
    TestEnvironment.requireBrowser();
    // The system's driver, named both ways Selenium looks for it, so that Selenium Manager is
    // never asked to find (or download) one.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, TestEnvironment.CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("inovasi-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(TestEnvironment.CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(TestEnvironment.CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      try (var paths = Files.walk(profile)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void officerUploadsSeesScoreChartPlanAndIsRefusedWhatIsNotTheirs(@TempDir Path dir) throws Exception {
    Fixtures.writeTables(dir, TableFormat.CSV);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

    open("/login?lang=id");
    driver.findElement(By.id("username")).sendKeys("officer.rotendao");
    driver.findElement(By.id("password")).sendKeys("inovasi-demo");
    driver.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains("/regions/53.14"));
    assertThat(text("region-name")).contains("ROTE NDAO");

    // Upload the register and the answers (CSV, Indonesian headers) for iid-2026.
    upload(dir.resolve("register.csv"), dir.resolve("answers.csv"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-accepted")));
    assertThat(text("iid")).isEqualTo(Fixtures.SAMPLE_IID);
    assertThat(text("rating")).isEqualTo("Kurang Inovatif");
    assertThat(text("upload-count")).endsWith(": 1");
    // The charts are drawn by the bundled ECharts: each gets a canvas.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#loss-chart canvas")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-chart canvas")));
    assertThat(driver.findElements(By.cssSelector("#losses tr"))).hasSizeGreaterThan(1);
    // The least-effort plan to Sangat Inovatif.
    assertThat(text("plan-summary")).startsWith("Upaya");
    assertThat(driver.findElements(By.cssSelector("#plan .plan-action"))).isNotEmpty();

    // The same page in English.
    driver.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.textToBe(By.id("rating"), "Less innovative"));

    // A broken register: refused with its location, and nothing changes.
    Path broken = dir.resolve("daftar-rusak.csv");
    Files.write(broken, Fixtures.brokenRegister(dir));
    upload(broken, dir.resolve("answers.csv"));
    WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
    assertThat(problems.getText()).contains("Upload refused").contains("daftar-rusak.csv:");
    assertThat(text("upload-count")).endsWith(": 1");
    assertThat(text("iid")).isEqualTo(Fixtures.SAMPLE_IID);

    // Another region's data, asked for by URL.
    open("/regions/53.71");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied"))).getText())
        .contains("Access refused");
  }

  private void upload(Path register, Path answers) {
    open("/regions/53.14");
    driver.findElement(By.id("register")).sendKeys(register.toAbsolutePath().toString());
    driver.findElement(By.id("answers")).sendKeys(answers.toAbsolutePath().toString());
    new Select(driver.findElement(By.id("upload-edition"))).selectByValue("iid-2026");
    driver.findElement(By.id("upload-submit")).click();
  }

  private void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  private static String text(String id) {
    return driver.findElement(By.id(id)).getText().trim();
  }
}
