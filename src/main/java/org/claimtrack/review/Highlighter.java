package org.claimtrack.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimtrack.extract.Kind;

/**
 * Cuts the article text into segments at every boundary of a claim's content, source and cue and of
 * the cleaned-out furniture, so overlapping and nested spans need no nested markup. Offsets are code
 * points; each segment's text is plain (the template escapes it), never HTML.
 */
public final class Highlighter {

    private Highlighter() {
    }

    /** A claim's spans, in code points. Source and cue may be null. */
    public record Marks(long claimId, Kind kind, int start, int end, Integer sourceStart, Integer sourceEnd,
            Integer cueStart, Integer cueEnd) {
    }

    public record Range(int start, int end) {
    }

    /**
     * A run of text with the same marks. {@code cls} is empty for unmarked text; {@code claimId} is the
     * innermost claim covering it; {@code claims} every claim whose content, source or cue covers it.
     */
    public record Segment(String text, String cls, Long claimId, String claims) {
        public boolean isPlain() {
            return cls.isEmpty();
        }

        /** More than one claim's content covers this run (the page says so in a tooltip). */
        public boolean isNested() {
            return cls.contains(" nested");
        }
    }

    private enum Type { CONTENT, SOURCE, CUE, FURNITURE }

    private record Item(Type type, int start, int end, long claimId, Kind kind) {
    }

    public static List<Segment> segments(String text, List<Marks> claims, List<Range> furniture) {
        int len = text.codePointCount(0, text.length());
        List<Item> items = new ArrayList<>();
        for (Marks m : claims) {
            add(items, Type.CONTENT, m.start(), m.end(), m.claimId(), m.kind(), len);
            if (m.sourceStart() != null) {
                add(items, Type.SOURCE, m.sourceStart(), m.sourceEnd(), m.claimId(), m.kind(), len);
            }
            if (m.cueStart() != null) {
                add(items, Type.CUE, m.cueStart(), m.cueEnd(), m.claimId(), m.kind(), len);
            }
        }
        for (Range f : furniture) {
            add(items, Type.FURNITURE, f.start(), f.end(), 0, null, len);
        }
        items.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));

        int[] bounds = new int[items.size() * 2 + 2];
        int n = 0;
        bounds[n++] = 0;
        bounds[n++] = len;
        for (Item i : items) {
            bounds[n++] = i.start;
            bounds[n++] = i.end;
        }
        bounds = Arrays.stream(bounds, 0, n).sorted().distinct().toArray();

        List<Segment> out = new ArrayList<>(bounds.length);
        List<Item> active = new ArrayList<>();
        int next = 0; // next item to activate
        int utf16 = 0; // UTF-16 index of bounds[b]
        for (int b = 0; b + 1 < bounds.length; b++) {
            int from = bounds[b];
            int to = bounds[b + 1];
            int utf16To = text.offsetByCodePoints(utf16, to - from);
            active.removeIf(i -> i.end <= from);
            while (next < items.size() && items.get(next).start <= from) {
                Item i = items.get(next++);
                if (i.end > from) {
                    active.add(i);
                }
            }
            out.add(segment(text.substring(utf16, utf16To), active));
            utf16 = utf16To;
        }
        return out;
    }

    private static void add(List<Item> items, Type type, int start, Integer end, long id, Kind kind, int len) {
        // a span outside the text cannot be stored (a database trigger checks), but an empty one can: skip it
        if (end == null || start >= end || start < 0 || end > len) {
            return;
        }
        items.add(new Item(type, start, end, id, kind));
    }

    private static Segment segment(String text, List<Item> active) {
        if (active.isEmpty()) {
            return new Segment(text, "", null, "");
        }
        Item inner = null;
        Item outer = null; // the widest content covering the segment: its kind rings a nested highlight
        boolean source = false;
        boolean cue = false;
        boolean furniture = false;
        int contents = 0;
        Set<Long> ids = new LinkedHashSet<>();
        Long owner = null;
        for (Item i : active) {
            switch (i.type) {
                case CONTENT -> {
                    contents++;
                    if (inner == null || i.end - i.start < inner.end - inner.start
                            || i.end - i.start == inner.end - inner.start && i.start > inner.start) {
                        inner = i;
                    }
                    if (outer == null || i.end - i.start > outer.end - outer.start
                            || i.end - i.start == outer.end - outer.start && i.start < outer.start) {
                        outer = i;
                    }
                    ids.add(i.claimId);
                }
                case SOURCE -> {
                    source = true;
                    owner = owner == null ? i.claimId : owner;
                    ids.add(i.claimId);
                }
                case CUE -> {
                    cue = true;
                    owner = owner == null ? i.claimId : owner;
                    ids.add(i.claimId);
                }
                case FURNITURE -> furniture = true;
            }
        }
        StringBuilder cls = new StringBuilder();
        if (inner != null) {
            cls.append("hl k-").append(inner.kind.name());
            if (contents > 1) {
                // two claims on one span: the inner kind fills it, the other claim's kind draws a ring round it
                Item other = outer;
                for (Item a : active) {
                    if (other == inner && a.type == Type.CONTENT && a != inner) {
                        other = a;
                    }
                }
                cls.append(" nested o-").append(other.kind.name());
            }
        }
        if (source) {
            cls.append(cls.isEmpty() ? "" : " ").append("src");
        }
        if (cue) {
            cls.append(cls.isEmpty() ? "" : " ").append("cue");
        }
        if (furniture) {
            cls.append(cls.isEmpty() ? "" : " ").append("furniture");
        }
        Long id = inner != null ? Long.valueOf(inner.claimId) : owner;
        StringBuilder all = new StringBuilder();
        for (Long i : ids) {
            all.append(all.isEmpty() ? "" : " ").append(i);
        }
        return new Segment(text, cls.toString(), id, all.toString());
    }
}
