package vn.giaoban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.Required;
import vn.giaoban.support.ServiceTest;

/**
 * Each role's main path in a real browser (Debian's Chromium, headless): the secretariat schedules and drafts, the
 * chair returns and approves, a participant contributes, the conclusions go through, the signed documents appear
 * with a "signature valid" badge; a stale save shows the conflict and keeps the typed text; a participant is refused
 * the administration page. Screenshots go to target/screenshots.
 */
@ServiceTest
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeAll
    static void browserInstalled() {
        Required.present(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyRoleCarriesABriefingThroughInTheBrowser() throws Exception {
        Committee c = Committee.create(port);
        String participant = c.participants().get(0);

        open(c.secretariat());
        shot("01-trang-chinh-van-phong");
        browser.findElement(By.linkText("Lên lịch hội nghị")).click();
        type("title", "Hội nghị giao ban quý III năm 2026");
        type("quarter", "2026-Q3");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('date').value='2026-10-05'; document.getElementById('time').value='07:30';");
        type("location", "Hội trường Đảng ủy xã");
        new Select(browser.findElement(By.id("chair"))).selectByValue(c.chair());
        new Select(browser.findElement(By.id("recorder"))).selectByValue(c.secretariat());
        for (String p : c.participants()) {
            browser.findElement(By.cssSelector("input[name=participants][value='" + p + "']")).click();
        }
        shot("02-len-lich");
        submit(By.cssSelector("form[action='/briefings'] button[type=submit]"));
        assertThat(text(By.cssSelector(".notice"))).contains("Đã lên lịch");
        String page = browser.getCurrentUrl();
        type("content", "Quý III, toàn xã thu ngân sách đạt 95,49% dự toán.");
        submit(By.cssSelector("#report-form button"));
        submit(By.id("submit-report"));
        assertThat(text(By.id("stage"))).isEqualTo("Duyệt báo cáo");
        browser.quit();

        open(c.chair());
        assertThat(text(By.id("tasks"))).contains("Hội nghị giao ban quý III năm 2026");
        browser.get(page);
        shot("03-chu-tri-duyet-bao-cao");
        type("report-comment", "Bổ sung tỷ lệ tham gia bảo hiểm y tế.");
        submit(By.cssSelector("#review-report button[value=REVISE]"));
        assertThat(text(By.id("stage"))).isEqualTo("Soạn thảo báo cáo");
        browser.quit();

        open(c.secretariat());
        browser.get(page);
        assertThat(text(By.cssSelector(".returned"))).contains("Bổ sung tỷ lệ tham gia bảo hiểm y tế.");
        // Someone else saves first: the save is refused with a clear message and the typed text is kept.
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        Api.as(port, c.secretariat()).put("/api/briefings/" + id + "/report",
                "{\"content\": \"Bản của người khác.\", \"baseVersion\": 1}").expect(200);
        WebElement content = browser.findElement(By.id("content"));
        content.clear();
        content.sendKeys("Bản đang gõ dở, không được mất.");
        submit(By.cssSelector("#report-form button"));
        assertThat(text(By.id("error"))).contains("phiên bản 2");
        assertThat(browser.findElement(By.id("content")).getAttribute("value")).isEqualTo("Bản đang gõ dở, không được mất.");
        shot("04-xung-dot-khi-luu");
        browser.get(page);
        browser.findElement(By.id("content")).clear();
        type("content", "Quý III, thu ngân sách đạt 95,49%; tỷ lệ tham gia bảo hiểm y tế đạt 93,2%.");
        submit(By.cssSelector("#report-form button"));
        submit(By.id("submit-report"));
        browser.quit();

        open(c.chair());
        browser.get(page);
        assertThat(text(By.id("since-return"))).contains("93,2%");
        assertThat(browser.findElements(By.cssSelector("#since-return ins"))).isNotEmpty();
        shot("04b-chu-tri-xem-thay-doi");
        submit(By.cssSelector("#review-report button[value=APPROVE]"));
        assertThat(text(By.id("stage"))).isEqualTo("Thảo luận");
        browser.quit();

        open(participant);
        browser.get(page);
        new Select(browser.findElement(By.id("kind"))).selectByValue("DIFFICULTY");
        type("contribution", "Kinh phí sửa đường giao thông ấp 3 còn thiếu <b>gấp</b>.");
        submit(By.cssSelector("#contribution-form button"));
        assertThat(text(By.id("contributions"))).contains("Kinh phí sửa đường giao thông ấp 3 còn thiếu <b>gấp</b>.");
        shot("05-dai-bieu-thao-luan");
        browser.get("http://localhost:" + port + "/admin");
        assertThat(text(By.tagName("h1"))).isEqualTo("Không có quyền");
        browser.get(page);
        // The participant starts another contribution while the office closes the discussion in its own browser:
        // the participant's page, following the briefing, says it has changed and keeps what was typed.
        type("contribution", "Ý kiến đang gõ dở.");
        WebDriver typing = browser;
        try {
            open(c.secretariat());
            browser.get(page);
            submit(By.id("close-discussion"));
            new WebDriverWait(typing, Duration.ofSeconds(20))
                    .until(driver -> driver.findElement(By.id("changed")).isDisplayed());
            assertThat(typing.findElement(By.id("contribution")).getAttribute("value")).isEqualTo("Ý kiến đang gõ dở.");
        } finally {
            typing.quit();
        }
        type("conclusions", "Hội nghị thống nhất đánh giá kết quả quý III.");
        List<WebElement> tasks = browser.findElements(By.cssSelector("#directives input[name=task]"));
        tasks.get(tasks.size() - 1).sendKeys("Hoàn thành sửa đường ấp 3");
        List<WebElement> units = browser.findElements(By.cssSelector("#directives input[name=unit]"));
        units.get(units.size() - 1).sendKeys("Chi bộ ấp 3");
        browser.findElement(By.cssSelector("[data-add-row=directives]")).click();
        tasks = browser.findElements(By.cssSelector("#directives input[name=task]"));
        tasks.get(tasks.size() - 1).sendKeys("Rà soát hộ nghèo");
        units = browser.findElements(By.cssSelector("#directives input[name=unit]"));
        units.get(units.size() - 1).sendKeys("Chi bộ ấp 1");
        shot("06-soan-ket-luan");
        submit(By.cssSelector("#conclusions-form button[type=submit]"));
        submit(By.id("submit-conclusions"));
        browser.quit();

        open(c.chair());
        browser.get(page);
        submit(By.cssSelector("#review-conclusions button[value=APPROVE]"));
        // No refresh here: the page follows its briefing (Prefer: wait) and reloads itself once the minutes are out.
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200))
                .until(driver -> driver.findElements(By.cssSelector(".badge.ok")).size() == 2);
        assertThat(text(By.id("stage"))).isEqualTo("Đã phát hành biên bản");
        assertThat(text(By.id("van-ban"))).contains("Số 01-BB/ĐU", "Số 01-TB/ĐU", "Chữ ký hợp lệ");
        assertThat(browser.findElements(By.cssSelector("a.download"))).hasSize(2);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('ket-luan').scrollIntoView()");
        shot("07-van-ban-da-ky");
        browser.get("http://localhost:" + port + "/?lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("My tasks");
        browser.get("http://localhost:" + port + "/?lang=vi");
    }

    private void open(String username) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1100", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        type("username", username);
        type("password", Api.PASSWORD);
        submit(By.cssSelector("form button[type=submit]"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Việc cần làm");
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).sendKeys(value);
    }

    /** Clicks a submit button and waits until the browser has left the page (the answer has arrived). */
    private void submit(By button) {
        WebElement element = browser.findElement(button);
        try {
            element.click();
        } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
            // Chromium may swap the document between finding and clicking; find the button again.
            element = browser.findElement(button);
            element.click();
        }
        WebElement clicked = element;
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                clicked.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    private String text(By element) {
        return browser.findElement(element).getText();
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
