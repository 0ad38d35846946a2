package org.claimtrack.export;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrack.testing.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ExportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("claims.csv", "claims.xlsx", "claims.json", "claims.jsonl",
            "claimreview.jsonld", "brat.zip");

    ExportFixture fx;

    @BeforeEach
    void fixture() {
        fx = ExportFixture.create();
    }

    private byte[] export(String file, String query) {
        return as(TestUsers.VIEWER).get("/api/export/" + file + "?article=" + fx.articleId + query)
                .then().statusCode(200).extract().asByteArray();
    }

    @Test
    void csvIsOneQuotedRowAClaimWithFormulasNeutralised() throws Exception {
        Response r = as(TestUsers.VIEWER).get("/api/export/claims.csv?article=" + fx.articleId);
        r.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("claimtrack-claims.csv"));
        String body = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertFalse(body.startsWith("\uFEFF"), "no BOM unless asked");
        List<CSVRecord> rows = csvRows(body);
        assertEquals(4, rows.size(), "one row a claim, the rejected one left out");
        assertEquals(ExportRow.COLUMNS, rows.get(0).getParser().getHeaderNames());
        CSVRecord first = rows.get(0);
        assertEquals(String.valueOf(fx.articleId), first.get("article_id"));
        assertEquals(fx.title, first.get("article_title"));
        assertEquals("2020-01-05", first.get("article_published"));
        assertEquals("'" + ExportFixture.EVIL_CLAIM, first.get("claim_text"));
        assertEquals("'" + fx.sourceName, first.get("source_name"), "the canonical name, neutralised");
        assertEquals("The minister", first.get("source_mention"));
        assertEquals("said", first.get("cue"));
        assertEquals("'" + ExportFixture.EVIL_EXPLANATION, first.get("verdict_explanation"));
        assertEquals("https://evidence.example/1 | https://evidence.example/2", first.get("verdict_evidence"));
        assertEquals("FALSE", first.get("verdict_rating"));
        assertEquals("'" + ExportFixture.TAB_EXPLANATION, rows.get(1).get("verdict_explanation"));
        assertEquals("\"prices will\nfall\" soon", rows.get(1).get("claim_text"), "line breaks survive quoting");
        assertEquals("", rows.get(3).get("source_name"));
        // OWASP: the neutralised cells are quoted as well
        assertTrue(body.contains(",\"'=HYPERLINK(\"\"http://evil.example/"), body);
        assertTrue(body.contains("\r\n"), "RFC 4180 line ends");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(Spreadsheets.dangerous(cell), "no cell starts a formula: " + cell);
            }
        }
    }

    private static List<CSVRecord> csvRows(String csv) throws java.io.IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void csvWithBomForExcel() {
        byte[] b = export("claims.csv", "&bom=true");
        assertEquals(0xEF, b[0] & 0xff);
        assertEquals(0xBB, b[1] & 0xff);
        assertEquals(0xBF, b[2] & 0xff);
        assertTrue(new String(b, StandardCharsets.UTF_8).startsWith("\uFEFF\"article_id\""));
        as(TestUsers.VIEWER).get("/api/export/claims.csv?bom=perhaps").then().statusCode(400)
                .body("error", containsString("bom"));
    }

    @Test
    void csvRawLeavesValuesUnguarded() throws Exception {
        List<CSVRecord> rows = csvRows(new String(export("claims.csv", "&raw=true"), StandardCharsets.UTF_8));
        assertEquals(4, rows.size());
        assertEquals(ExportFixture.EVIL_CLAIM, rows.get(0).get("claim_text"), "the value as stored");
        assertEquals(fx.sourceName, rows.get(0).get("source_name"));
        assertEquals(ExportFixture.TAB_EXPLANATION, rows.get(1).get("verdict_explanation"));
        String guarded = new String(export("claims.csv", "&raw=false"), StandardCharsets.UTF_8);
        assertTrue(guarded.contains("\"'" + ExportFixture.EVIL_CLAIM.replace("\"", "\"\"")), "raw=false: guarded");
        as(TestUsers.VIEWER).get("/api/export/claims.csv?raw=maybe").then().statusCode(400)
                .body("error", containsString("raw"));
    }

    @Test
    void xlsxHasTheTableAndCountsByKind() throws Exception {
        byte[] b = export("claims.xlsx", "");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(b))) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Claims", "Counts by kind"), names);
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(5, rows.size(), "a header and four claims");
            assertEquals("article_id", rows.get(0).getCellText(0));
            assertEquals("claim_text", rows.get(0).getCellText(ExportRow.COLUMNS.indexOf("claim_text")));
            Row first = rows.get(1);
            assertEquals(fx.articleId, first.getCellAsNumber(0).orElseThrow().longValue(), "numbers stay numbers");
            // inline strings never run as formulas: the text exactly, no apostrophe
            assertEquals(ExportFixture.EVIL_CLAIM, text(first, "claim_text"));
            assertEquals(fx.sourceName, text(first, "source_name"));
            assertEquals(ExportFixture.EVIL_EXPLANATION, text(first, "verdict_explanation"));
            assertEquals(ExportFixture.TAB_EXPLANATION, text(rows.get(2), "verdict_explanation"));
            assertEquals("\"prices will\nfall\" soon", text(rows.get(2), "claim_text"));
            assertEquals(LocalDate.of(2020, 1, 5), first.getCellAsDate(ExportRow.COLUMNS.indexOf("article_published"))
                    .orElseThrow().toLocalDate(), "a date cell");
            assertEquals(LocalDateTime.of(2020, 2, 1, 10, 0), first.getCellAsDate(ExportRow.COLUMNS.indexOf("verdict_at"))
                    .orElseThrow(), "a timestamp cell, in UTC");
            assertTrue(first.getCellAsDate(ExportRow.COLUMNS.indexOf("claim_created_at")).isPresent());
            assertTrue(first.getCellAsDate(ExportRow.COLUMNS.indexOf("claim_updated_at")).isPresent());
            List<Row> counts = wb.getSheet(1).orElseThrow().read();
            assertEquals(2, counts.size());
            List<String> header = new ArrayList<>();
            counts.get(0).forEach(c -> header.add(c.getText()));
            Row line = counts.get(1);
            assertEquals(fx.articleId, line.getCellAsNumber(0).orElseThrow().longValue());
            assertEquals(1, count(line, header, "NAMED_SOURCE"));
            assertEquals(1, count(line, header, "ANONYMOUS_SOURCE"));
            assertEquals(1, count(line, header, "OFFICIAL_STATEMENT"));
            assertEquals(1, count(line, header, "UNATTRIBUTED"), "the rejected claim is not counted");
            assertEquals(0, count(line, header, "TWEET"));
            assertEquals(4, count(line, header, "total"));
        }
    }

    private static String text(Row row, String column) {
        return row.getCellText(ExportRow.COLUMNS.indexOf(column));
    }

    private static long count(Row row, List<String> header, String column) {
        return row.getCellAsNumber(header.indexOf(column)).orElseThrow().longValue();
    }

    @Test
    void jsonAndJsonLinesCarryTheSameRecordsUnchanged() throws Exception {
        JsonNode array = JSON.readTree(export("claims.json", ""));
        assertTrue(array.isArray());
        assertEquals(4, array.size());
        String[] lines = new String(export("claims.jsonl", ""), StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(array.get(i), JSON.readTree(lines[i]), "line " + i + " is element " + i);
        }
        JsonNode first = array.get(0);
        assertEquals(fx.articleId, first.at("/article/id").asLong());
        assertEquals("https://example.org/export/" + fx.title.substring(fx.title.length() - 8), first.at("/article/url").asText());
        assertEquals(ExportFixture.EVIL_CLAIM, first.get("text").asText(), "JSON keeps text exactly");
        assertEquals(fx.sourceName, first.at("/source/name").asText());
        assertEquals("@jminister", first.at("/source/handle").asText());
        assertEquals("said", first.at("/cue/text").asText());
        assertEquals("FALSE", first.at("/verdict/rating").asText());
        assertEquals(2, first.at("/verdict/evidence").size());
        assertEquals("is fine", first.at("/hedges/0").asText());
        int[] cps = fx.text.codePoints().toArray();
        for (JsonNode c : array) {
            assertEquals(new String(cps, c.get("start").asInt(), c.get("end").asInt() - c.get("start").asInt()),
                    c.get("text").asText(), "code-point offsets");
        }
        assertTrue(array.get(2).at("/source/start").isNull(), "a source known by name only");
        assertTrue(array.get(3).get("source").isNull());
        assertTrue(array.get(3).get("verdict").isNull());
    }

    @Test
    void claimReviewForPublishedClaims() throws Exception {
        Response r = as(TestUsers.VIEWER).get("/api/export/claimreview.jsonld?article=" + fx.articleId);
        r.then().statusCode(200).contentType(containsString("application/ld+json"));
        JsonNode reviews = JSON.readTree(r.asByteArray());
        assertEquals(2, reviews.size(), "only the two published claims");
        JsonNode cr = reviews.get(0);
        assertEquals("https://schema.org", cr.get("@context").asText());
        assertEquals("ClaimReview", cr.get("@type").asText());
        assertEquals(ExportFixture.EVIL_CLAIM, cr.get("claimReviewed").asText());
        assertEquals("2020-02-01", cr.get("datePublished").asText());
        assertTrue(cr.get("url").asText().matches("http://localhost:8080/fact-checks/\\d+"), cr.get("url").asText());
        assertEquals("Organization", cr.at("/author/@type").asText());
        assertEquals("claimtrack newsroom", cr.at("/author/name").asText());
        assertTrue(cr.at("/author/url").asText().startsWith("http"));
        JsonNode item = cr.get("itemReviewed");
        assertEquals("Claim", item.get("@type").asText());
        assertEquals("Person", item.at("/author/@type").asText());
        assertEquals(fx.sourceName, item.at("/author/name").asText());
        assertEquals("2020-01-05", item.get("datePublished").asText());
        assertTrue(item.at("/appearance/0/url").asText().startsWith("https://example.org/export/"));
        assertEquals(item.at("/appearance/0/url").asText(), item.at("/firstAppearance/url").asText());
        JsonNode rating = cr.get("reviewRating");
        assertEquals("Rating", rating.get("@type").asText());
        assertEquals("False", rating.get("alternateName").asText());
        assertEquals("False", rating.get("name").asText());
        assertEquals(1, rating.get("ratingValue").asInt());
        assertEquals(5, rating.get("bestRating").asInt());
        assertEquals(1, rating.get("worstRating").asInt());
        assertEquals(ExportFixture.EVIL_EXPLANATION, rating.get("ratingExplanation").asText());
        JsonNode unverifiable = reviews.get(1).get("reviewRating");
        assertEquals("Unverifiable", unverifiable.get("alternateName").asText());
        assertNull(unverifiable.get("ratingValue"), "no place on the 1-5 scale");
        assertTrue(reviews.get(1).at("/itemReviewed/author").isMissingNode(), "an anonymous source is no author");
    }

    @Test
    void filtersApplyToEveryFormat() throws Exception {
        List<CSVRecord> rows = csvRows(new String(export("claims.csv", "&kind=unattributed"), StandardCharsets.UTF_8));
        assertEquals(1, rows.size());
        assertEquals("Unattributed fact here.", rows.get(0).get("claim_text"));
        assertEquals(1, JSON.readTree(export("claims.json", "&verdict=FALSE")).size());
        assertEquals(0, JSON.readTree(export("claims.json", "&outlet=nowhere")).size());
        assertEquals(4, JSON.readTree(export("claims.json", "&from=2020-01-05&to=2020-01-05")).size());
        assertEquals(1, JSON.readTree(export("claims.json", "&q=delays")).size());
        assertEquals(1, JSON.readTree(export("claims.json", "&status=REJECTED")).size(), "asked for explicitly");
        assertEquals(1, JSON.readTree(export("claimreview.jsonld", "&kind=ANONYMOUS_SOURCE")).size());
    }

    @Test
    void badFiltersGet400JsonBeforeAnyByte() {
        for (String file : FORMATS) {
            as(TestUsers.VIEWER).get("/api/export/" + file + "?kind=RUMOUR").then().statusCode(400)
                    .contentType(containsString("application/json")).body("error", containsString("kind"));
        }
        as(TestUsers.VIEWER).get("/api/export/claims.xlsx?from=yesterday").then().statusCode(400)
                .body("error", containsString("from"));
        as(TestUsers.VIEWER).get("/api/export/brat.zip?verdict=maybe").then().statusCode(400)
                .body("error", containsString("verdict"));
        as(TestUsers.VIEWER).get("/api/export/claims.csv?status=GONE").then().statusCode(400);
        as(TestUsers.VIEWER).get("/api/export/claims.json?article=abc").then().statusCode(400)
                .body("error", containsString("article must be a number"));
        as(TestUsers.VIEWER).get("/api/export/brat.zip?source=1x").then().statusCode(400)
                .body("error", containsString("source"));
        given().get("/api/export/claims.json?article=abc").then().statusCode(401);
    }

    @Test
    void anonymousGets401AndEveryRoleMayExport() {
        for (String file : FORMATS) {
            given().get("/api/export/" + file).then().statusCode(401);
            as(TestUsers.VIEWER).get("/api/export/" + file + "?article=" + fx.articleId).then().statusCode(200);
        }
        for (String user : List.of(TestUsers.CHECKER, TestUsers.EDITOR, TestUsers.ADMIN)) {
            as(user).get("/api/export/claims.csv?article=" + fx.articleId).then().statusCode(200);
        }
    }

    @Test
    void largeExportsGoOutInChunksAsTheyAreWritten() {
        // every claim of the test database (the seeds alone give far more than one 8 KiB buffer)
        Response r = as(TestUsers.VIEWER).get("/api/export/claims.jsonl");
        r.then().statusCode(200).header("Transfer-Encoding", "chunked");
        assertNull(r.getHeader("Content-Length"), "no length known up front: the body streamed");
        assertTrue(r.asByteArray().length > 8192);
    }

    @Test
    void articleListOffersEveryFormatWithItsFilters() {
        String html = as(TestUsers.VIEWER).queryParam("outlet", "A & B").queryParam("q", "x y")
                .get("/").then().statusCode(200).extract().asString();
        for (String file : FORMATS) {
            assertTrue(html.contains("href=\"/api/export/" + file + "?outlet=A+%26+B&amp;q=x+y\""),
                    file + " link in " + html);
        }
        assertTrue(html.contains("/api/export/claims.csv?bom=true&amp;outlet=A+%26+B&amp;q=x+y"));
        String plain = as(TestUsers.VIEWER).get("/").then().statusCode(200).extract().asString();
        assertTrue(plain.contains("href=\"/api/export/brat.zip?\""), "no filters, no query");
    }
}
