package org.claimtrack.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One text with its brat standoff attributions. Reads PolNeAR's layout ({@code DIR/text/NAME.txt} +
 * {@code DIR/attributions/NAME_<annotator>.ann}, first annotator file in name order) and the flat
 * layout of the seed gold ({@code DIR/NAME.txt} + {@code DIR/NAME.ann}). Offsets are code points.
 */
public record BratDoc(String name, String text, List<Attribution> attributions) {

    /** Spans are lists of [start, end) code point pairs (discontinuous spans have several). */
    public record Attribution(List<int[]> source, List<int[]> cue, List<int[]> content, String kind) {
    }

    private static final Pattern T_LINE = Pattern.compile("^T\\d+\\t.*");
    private static final Pattern E_LINE = Pattern.compile("^E\\d+\\t.*");
    private static final Pattern A_LINE = Pattern.compile("^A\\d+\\t.*");

    public static List<BratDoc> readDir(Path dir) throws IOException {
        List<BratDoc> out = new ArrayList<>();
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (Files.isDirectory(textDir) && Files.isDirectory(annDir)) {
            List<Path> anns;
            try (Stream<Path> st = Files.list(annDir)) {
                anns = st.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
            }
            Map<String, Path> first = new java.util.TreeMap<>();
            for (Path a : anns) {
                String f = a.getFileName().toString();
                String base = f.substring(0, f.length() - 4);
                int us = base.lastIndexOf('_');
                String name = us > 0 ? base.substring(0, us) : base;
                if (Files.exists(textDir.resolve(name + ".txt"))) {
                    first.putIfAbsent(name, a);
                }
            }
            for (Map.Entry<String, Path> e : first.entrySet()) {
                out.add(read(e.getKey(), textDir.resolve(e.getKey() + ".txt"), e.getValue()));
            }
        } else {
            List<Path> txts;
            try (Stream<Path> st = Files.list(dir)) {
                txts = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path t : txts) {
                String f = t.getFileName().toString();
                String name = f.substring(0, f.length() - 4);
                Path ann = dir.resolve(name + ".ann");
                if (Files.exists(ann)) {
                    out.add(read(name, t, ann));
                }
            }
        }
        return out;
    }

    public static BratDoc read(String name, Path txt, Path ann) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Map<String, List<int[]>> spans = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            if (T_LINE.matcher(line).matches() && p.length >= 2) {
                String[] tr = p[1].split(" ", 2);
                if (tr.length < 2) {
                    continue;
                }
                List<int[]> ss = new ArrayList<>();
                for (String part : tr[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    if (se.length == 2) {
                        ss.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                    }
                }
                spans.put(p[0], ss);
            } else if (E_LINE.matcher(line).matches() && p.length >= 2) {
                events.add(new String[] {p[0], p[1]});
            } else if (A_LINE.matcher(line).matches() && p.length >= 2) {
                String[] a = p[1].split(" ");
                if (a.length >= 3 && a[0].equals("Kind")) {
                    kinds.put(a[1], a[2]);
                }
            }
        }
        List<Attribution> atts = new ArrayList<>();
        for (String[] ev : events) {
            List<int[]> src = null;
            List<int[]> cue = null;
            List<int[]> con = null;
            for (String arg : ev[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2) {
                    continue;
                }
                String role = kv[0].replaceAll("\\d+$", "");
                List<int[]> sp = spans.get(kv[1]);
                switch (role) {
                    case "Source" -> src = sp;
                    case "Cue" -> cue = sp;
                    case "Content" -> con = sp;
                    default -> { }
                }
            }
            if (con != null) {
                atts.add(new Attribution(src, cue, con, kinds.get(ev[0])));
            }
        }
        return new BratDoc(name, text, atts);
    }
}
