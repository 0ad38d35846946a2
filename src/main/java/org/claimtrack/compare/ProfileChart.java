package org.claimtrack.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.extract.Kind;

/**
 * Server-drawn SVG charts of sourcing profiles: geometry is computed here and the template only
 * writes presentation attributes (the CSP forbids inline styles, and no chart library is loaded).
 */
public final class ProfileChart {

    private ProfileChart() {
    }

    /** The Okabe-Ito colours of app.css, as fill attributes. */
    static final Map<Kind, String> FILL = Map.of(
            Kind.TWEET, "#0072B2",
            Kind.OFFICIAL_STATEMENT, "#E69F00",
            Kind.MEDIA_REPORT, "#009E73",
            Kind.DOCUMENT, "#CC79A7",
            Kind.ANONYMOUS_SOURCE, "#D55E00",
            Kind.NAMED_SOURCE, "#F0E442",
            Kind.UNATTRIBUTED, "#8c8c8c");

    public static final int LABEL = 200;
    public static final int PLOT = 560;
    public static final int BAR = 22;
    public static final int GAP = 10;
    public static final int TOP = 24;
    /** Width of each half of the side chart (hedged share, distinct sources). */
    public static final int SIDE = PLOT / 2;

    public record Segment(String kind, String fill, int x, int width, long count, String pct) {
    }

    public record Bar(String label, String href, int y, int textY, long claims, List<Segment> segments,
            int hedgedWidth, String hedgedPct, int hedgedTextX, int sourcesWidth, long sources, int sourcesTextX) {
    }

    public record Tick(int x, String label) {
    }

    public record Legend(String kind, String fill, int x, int textX) {
    }

    /** labelX: right edge of the labels; sourcesX: where the sources bars of the side chart start. */
    public record Chart(int width, int height, int labelWidth, int labelX, int barHeight, int sourcesX,
            List<Bar> bars, List<Tick> ticks, List<Legend> legend, int legendY, int legendTextY, int gridBottom) {
    }

    /** One 100 % stacked bar a row (outlet or article), plus hedged share and distinct sources for side charts. */
    public static Chart of(List<ProfileService.Row> rows, boolean byArticle) {
        List<Bar> bars = new ArrayList<>();
        long maxSources = Math.max(1, rows.stream().mapToLong(ProfileService.Row::namedSources).max().orElse(1));
        int y = TOP;
        for (ProfileService.Row r : rows) {
            List<Segment> segs = new ArrayList<>();
            int x = LABEL;
            long done = 0;
            int n = 0;
            for (Kind k : ProfileService.COLUMNS.keySet()) {
                long c = r.counts().getOrDefault(k, 0L);
                done += c;
                // widths from cumulative counts, so the segments always fill the bar exactly
                int end = r.claims() == 0 ? LABEL : LABEL + (int) Math.round((double) PLOT * done / r.claims());
                if (end > x) {
                    segs.add(new Segment(k.name(), FILL.get(k), x, end - x, c, pct((double) c / r.claims())));
                }
                x = Math.max(x, end);
                n++;
            }
            String label = byArticle ? shorten(r.title() == null ? "#" + r.articleId() : r.title(), 30)
                    : r.outlet() == null ? "(no outlet)" : shorten(r.outlet(), 30);
            String href = byArticle ? "/articles/" + r.articleId() : null;
            int hedgedWidth = (int) Math.round((SIDE - 40) * r.hedgedShare());
            int sourcesWidth = (int) Math.round((SIDE - 40.0) * r.namedSources() / maxSources);
            bars.add(new Bar(label, href, y, y + BAR / 2 + 5, r.claims(), segs, hedgedWidth, pct(r.hedgedShare()),
                    LABEL + hedgedWidth + 4, sourcesWidth, r.namedSources(), LABEL + SIDE + sourcesWidth + 4));
            y += BAR + GAP;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            ticks.add(new Tick(LABEL + PLOT * i / 4, (25 * i) + "%"));
        }
        List<Legend> legend = new ArrayList<>();
        int lx = 0;
        for (Kind k : ProfileService.COLUMNS.keySet()) {
            legend.add(new Legend(k.name(), FILL.get(k), lx, lx + 16));
            lx += 14 + k.name().length() * 7 + 14;
        }
        int legendY = y + 14;
        return new Chart(Math.max(LABEL + PLOT + 20, lx), legendY + 24, LABEL, LABEL - 8, BAR, LABEL + SIDE, bars, ticks,
                legend, legendY, legendY + 10, legendY - 10);
    }

    /** A share as a whole percentage, for tables and labels: 0.4567 → "46 %". */
    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
