package org.countygraph.serve;

import static org.countygraph.serve.BrowseFixture.YOUXIAN;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.countygraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser end to end, in Debian's headless Chromium driven by Selenium over the seed's graph:
 * search 攸县 from the front page, open its page, see its officials (and industries when the data
 * has any), click a neighbour in the graph picture, and keep screenshots in {@code target/} that
 * must not be blank. The browser and its driver are the system's ({@code .ci/install} puts them
 * there); Selenium is pointed at them so that it never downloads one.
 */
class BrowserE2EIT {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "e2e");

    @TempDir
    static Path profile;
    static DatasetGraph dsg;
    static CountyGraphServer server;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "needs Debian's chromium and chromium-driver: run .ci/install");
        Files.createDirectories(SHOTS);
        dsg = BrowseFixture.dataset(false);
        server = CountyGraphServer.create().dataset(dsg).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void searchOpenTheCountySeeItsOfficialsAndFollowThePictureToANeighbour() throws IOException {
        driver.get(server.url() + "/");
        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("攸县");
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions a")));
        assertTrue(suggestion.getText().startsWith("攸县"), "first suggestion: " + suggestion.getText());
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-group a.result")));

        WebElement result = driver.findElements(By.cssSelector(".search-group a.result")).stream()
                .filter(a -> a.getText().equals("攸县")).findFirst().orElseThrow(() -> new AssertionError("no result 攸县: " + driver.getPageSource()));
        result.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "攸县"));
        assertTrue(driver.getCurrentUrl().endsWith("/page/division/430223"), driver.getCurrentUrl());

        List<String> officials = driver.findElements(By.cssSelector("#officials li")).stream().map(WebElement::getText).toList();
        assertTrue(officials.contains("李鹏程 — 县委书记"), officials.toString());
        for (String industry : industriesOfYouxian()) {
            assertTrue(driver.findElement(By.id("facts")).getText().contains(industry), "industry " + industry + " not shown");
        }

        WebElement picture = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready='true']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", picture);
        byte[] countyShot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve("youxian.png"), countyShot);
        assertTrue(colours(picture.getScreenshotAs(OutputType.BYTES)) > 20, "the graph picture is blank");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeScript("return window.countygraphPicture.nodes();");
        Map<String, Object> zhuzhou = nodes.stream().filter(n -> "株洲市".equals(n.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("株洲市 is not in the picture: " + nodes));
        // Click where the picture draws 株洲市, in viewport pixels: the picture's corner plus the node's offset.
        @SuppressWarnings("unchecked")
        List<Number> corner = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "const r = document.getElementById('graph').getBoundingClientRect(); return [r.left, r.top];");
        int x = (int) Math.round(corner.get(0).doubleValue() + ((Number) zhuzhou.get("x")).doubleValue());
        int y = (int) Math.round(corner.get(1).doubleValue() + ((Number) zhuzhou.get("y")).doubleValue());
        new Actions(driver).moveToLocation(x, y).click().perform();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "株洲市"));
        assertTrue(driver.getCurrentUrl().endsWith("/page/division/4302"), driver.getCurrentUrl());

        byte[] shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve("neighbour.png"), shot);
        assertTrue(colours(shot) > 200, "the neighbour's page looks blank");
        assertTrue(colours(countyShot) > 200, "the county's page looks blank");
    }

    @Test
    void theQueryPageRunsAnExampleAndDrawsATable() {
        driver.get(server.url() + "/query");
        driver.findElements(By.cssSelector("button.example")).get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#query-results table")));
        String table = driver.findElement(By.id("query-results")).getText();
        assertTrue(table.contains("李鹏程") && table.contains("县委书记") && table.contains("攸县"), table);
        assertTrue(driver.findElement(By.id("query-status")).getText().matches("\\d+ 行 rows"));
    }

    /** The labels of the industries 攸县 develops, from the data the server shows. */
    private static List<String> industriesOfYouxian() {
        Node youxian = NodeFactory.createURI(YOUXIAN);
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new java.util.ArrayList<>();
            dsg.getUnionGraph().find(youxian, CG.developsIndustry, Node.ANY).forEachRemaining(t ->
                    dsg.getUnionGraph().find(t.getObject(), org.countygraph.vocab.Terms.label, Node.ANY)
                            .forEachRemaining(l -> { if (l.getObject().getLiteralLanguage().equals("zh")) out.add(l.getObject().getLiteralLexicalForm()); }));
            return out;
        });
    }

    /** How many distinct colours a PNG has: a blank page has one or two. */
    private static int colours(byte[] png) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) seen.add(img.getRGB(x, y));
        }
        return seen.size();
    }
}
