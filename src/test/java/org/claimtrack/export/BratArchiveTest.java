package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimtrack.common.ApiError;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.WebApplicationException;

/** The archive reader alone: limits, unsafe names and other people's brat files. */
class BratArchiveTest {

    private static final BratArchive.Limits SMALL = new BratArchive.Limits(10, 1_000_000, 100_000);

    private static int status(Runnable r) {
        WebApplicationException e = assertThrows(WebApplicationException.class, r::run);
        return e.getResponse().getStatus();
    }

    private static String message(Runnable r) {
        WebApplicationException e = assertThrows(WebApplicationException.class, r::run);
        return ((ApiError) e.getResponse().getEntity()).error();
    }

    @Test
    void aZipBombStopsAtTheExpandedLimit() throws IOException {
        // 50 MB of zeros compress to about 50 KB; the header's size is not trusted, the bytes are counted
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 200_000);
        String msg = message(() -> BratArchive.read(new ByteArrayInputStream(bytes.toByteArray()), SMALL));
        // stopped at the entry's own limit while inflating: never more than that in memory
        assertTrue(msg.contains("bomb.txt is larger than 100000 bytes"), msg);
        assertEquals(413, status(() -> BratArchive.read(new ByteArrayInputStream(bytes.toByteArray()), SMALL)));
    }

    @Test
    void manyEntriesUnderTheirLimitsStopAtTheArchiveLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[90_000];
            for (int i = 0; i < 10; i++) {
                zip.putNextEntry(new ZipEntry(i % 2 == 0 ? "t" + i + ".txt" : "skipped" + i + ".conf"));
                for (int k = 0; k < (i % 2 == 0 ? 1 : 20); k++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        String msg = message(() -> BratArchive.read(new ByteArrayInputStream(bytes.toByteArray()), SMALL));
        assertTrue(msg.contains("expands to more than 1000000 bytes"), "skipped entries count too: " + msg);
    }

    @Test
    void tooManyEntries() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("n" + i + ".conf", "x");
        }
        assertEquals(413, status(() -> BratArchive.read(new ByteArrayInputStream(Zips.zip(many)), SMALL)));
    }

    @Test
    void unsafeNamesAreRefused() {
        for (String name : List.of("../a.txt", "x/../../a.txt", "/etc/a.txt", "..\\a.txt", "C:/a.txt", "a/..")) {
            assertEquals(422, status(() -> BratArchive.safeName(name)), name);
        }
        assertEquals("dir/a.txt", BratArchive.safeName("dir/a.txt"));
        assertEquals("a..b.txt", BratArchive.safeName("a..b.txt"));
    }

    @Test
    void aTextOverTheArticleLimitIs413() {
        String big = "x".repeat(100_001);
        assertEquals(413, status(() -> BratArchive.read(
                new ByteArrayInputStream(Zips.zip(Map.of("a.txt", big, "a.ann", ""))), SMALL)));
    }

    @Test
    void readsPolnearStyleFiles() {
        String text = "Allegations of Fraud here. Officials said the plan works, it adds, truly.";
        String ann = String.join("\n",
                "T1\tCue 0 14\tAllegations of",
                "T2\tContent 15 20\tFraud",
                "T3\tAttribution-no-source 0 14\tAllegations of",
                "E1\tAttribution-no-source:T3 Content:T2 Cue:T1",
                "T4\tSource 27 36\tOfficials",
                "T5\tCue 37 41\tsaid",
                "T6\tContent 42 56;61 72\tthe plan works adds, truly",
                "T7\tAttribution 37 41\tsaid",
                "E2\tAttribution:T7 Content:T6 Cue:T5 Source:T4",
                "R1\tCoref Arg1:T4 Arg2:T1",
                "#1\tAnnotatorNotes T4\tchecked by hand",
                "");
        List<BratClaim> claims = BratArchive.parseAnn(text, ann, "p.ann");
        assertEquals(2, claims.size());
        BratClaim noSource = claims.get(0);
        assertEquals("Fraud", noSource.text());
        assertEquals("UNATTRIBUTED", noSource.kind(), "no source and no Kind attribute");
        assertEquals("INDIRECT", noSource.quote(), "a cue marks reported speech");
        assertEquals("Allegations of", noSource.cueText());
        BratClaim said = claims.get(1);
        assertEquals("NAMED_SOURCE", said.kind());
        assertEquals("Officials", said.sourceText());
        assertEquals(42, said.start());
        assertEquals(72, said.end(), "a discontinuous span reads from first start to last end");
        assertEquals("the plan works, it adds, truly", said.text());
    }

    @Test
    void badLinesNameTheFileAndLine() {
        String text = "Short text.";
        String msg = message(() -> BratArchive.parseAnn(text, "T1\tContent 0 5\tShort\nE1\tAttribution:T9\n", "f.ann"));
        assertTrue(msg.startsWith("f.ann:2: E1 points at T9"), msg);
        msg = message(() -> BratArchive.parseAnn(text, "T1\tContent zero 5\tShort\n", "f.ann"));
        assertTrue(msg.startsWith("f.ann:1: offsets must be numbers"), msg);
    }
}
