package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A viewer logs in, filters the article list and downloads every format with the filter applied. */
@QuarkusTest
class ExportButtonsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyFormatDownloadsFromTheArticleList() throws Exception {
        ExportFixture fx = ExportFixture.create();
        String outlet = "Fixture Outlet " + fx.title.substring(fx.title.length() - 8);
        try (Browsers browsers = Browsers.start();
                BrowserContext ctx = browsers.context(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = ctx.newPage();
            String root = base.toString().replaceAll("/$", "");
            Browsers.logIn(page, root, TestUsers.VIEWER);
            page.selectOption("select[name=outlet]", outlet);
            page.click("form.filters button[type=submit]");
            page.waitForURL(u -> u.contains("outlet="));
            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/export-buttons.png")));

            Path csv = download(page, "CSV");
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(Files.readString(csv))).getRecords();
            assertEquals(4, rows.size(), "only the filtered outlet's claims");
            assertTrue(rows.stream().allMatch(r -> r.get("article_outlet").equals(outlet)));
            assertTrue(Files.readString(download(page, "CSV (Excel)")).startsWith("\uFEFF"));
            Path xlsx = download(page, "XLSX");
            try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
                var sheet = wb.getFirstSheet().read();
                assertEquals(5, sheet.size());
                assertEquals(ExportFixture.EVIL_CLAIM, sheet.get(1).getCellText(ExportRow.COLUMNS.indexOf("claim_text")),
                        "the claim as written, no apostrophe");
            }
            String sheetXml = new String(Zips.unzip(Files.readAllBytes(xlsx)).get("xl/worksheets/sheet1.xml"),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(sheetXml.contains("<dimension ref=\"A1:" + XlsxPackage.columnName(ExportRow.COLUMNS.size() - 1)
                    + "5\"/>"), "the whole sheet's size, for openpyxl");
            ObjectMapper json = new ObjectMapper();
            assertEquals(4, json.readTree(download(page, "JSON").toFile()).size());
            assertEquals(4, Files.readAllLines(download(page, "JSONL")).size());
            assertEquals(2, json.readTree(download(page, "ClaimReview").toFile()).size());
            assertTrue(Zips.unzip(Files.readAllBytes(download(page, "brat"))).containsKey(fx.articleId + ".ann"));
        }
    }

    private static Path download(Page page, String label) {
        Download d = page.waitForDownload(() -> page.click(".export-buttons a:text-is('" + label + "')"));
        assertTrue(d.suggestedFilename().startsWith("claimtrack-"), d.suggestedFilename());
        return d.path();
    }
}
