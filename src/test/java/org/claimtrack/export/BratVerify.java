package org.claimtrack.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of brat's {@code server/src/verify_annotations.py} (and of its .ann reader) on one
 * document, in Java, against the collection's {@code annotation.conf}: every type declared, no span
 * over a line break, the text column matching the offsets, event arguments and attributes allowed,
 * overlapping spans allowed by an {@code <OVERLAP>} line, no two triggers of one type on one span, no
 * trigger without its event. Returns brat-like messages; none means brat has nothing to say.
 */
final class BratVerify {

    private record Tb(String id, String type, List<int[]> spans) {
        int first() {
            return spans.get(0)[0];
        }

        int last() {
            return spans.get(spans.size() - 1)[1];
        }

        boolean same(Tb o) {
            if (spans.size() != o.spans.size()) {
                return false;
            }
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i)[0] != o.spans.get(i)[0] || spans.get(i)[1] != o.spans.get(i)[1]) {
                    return false;
                }
            }
            return true;
        }

        boolean contains(Tb o) {
            return first() <= o.first() && o.last() <= last();
        }
    }

    /** An argument of an event type: the types it takes, whether it must be there, whether it may repeat. */
    private record Arg(Set<String> types, boolean mandatory, boolean multiple) {
    }

    private record Overlap(Set<String> arg1, Set<String> arg2, Set<String> kinds) {
    }

    private final Set<String> entities = new HashSet<>();
    private final Map<String, Map<String, Arg>> events = new LinkedHashMap<>();
    private final Map<String, Set<String>> attributeTargets = new HashMap<>();
    private final Map<String, Set<String>> attributeValues = new HashMap<>();
    private final List<Overlap> overlaps = new ArrayList<>();

    BratVerify(String conf) {
        String section = "";
        for (String raw : conf.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            String[] nameArgs = line.split("\\s+", 2);
            Map<String, String> args = new LinkedHashMap<>();
            if (nameArgs.length > 1) {
                for (String a : nameArgs[1].split(",")) {
                    String[] kv = a.strip().split(":", 2);
                    args.put(kv[0], kv[1]);
                }
            }
            switch (section) {
                case "[entities]" -> entities.add(nameArgs[0]);
                case "[events]" -> {
                    Map<String, Arg> roles = new LinkedHashMap<>();
                    args.forEach((role, types) -> {
                        String bare = role.replaceAll("[?*+]$", "");
                        roles.put(bare, new Arg(Set.of(types.split("\\|")), !role.endsWith("?") && !role.endsWith("*"),
                                role.endsWith("*") || role.endsWith("+")));
                    });
                    events.put(nameArgs[0], roles);
                }
                case "[relations]" -> {
                    if (nameArgs[0].equals("<OVERLAP>")) {
                        overlaps.add(new Overlap(Set.of(args.get("Arg1").split("\\|")),
                                Set.of(args.get("Arg2").split("\\|")), Set.of(args.get("<OVL-TYPE>").split("\\|"))));
                    }
                }
                case "[attributes]" -> {
                    attributeTargets.put(nameArgs[0], Set.of(args.get("Arg").split("\\|")));
                    attributeValues.put(nameArgs[0], Set.of(args.getOrDefault("Value", "true").split("\\|")));
                }
                default -> throw new IllegalArgumentException("unknown section " + section);
            }
        }
    }

    List<String> verify(String text, String ann) {
        int[] cps = text.codePoints().toArray();
        List<String> issues = new ArrayList<>();
        Map<String, Tb> tbs = new LinkedHashMap<>();
        Map<String, String> eventTypes = new HashMap<>();
        Set<String> usedTriggers = new HashSet<>();
        List<String[]> eventLines = new ArrayList<>();
        List<String[]> attributes = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            switch (line.charAt(0)) {
                case 'T' -> tbs.put(cols[0], textBound(cols, cps, issues));
                case 'E' -> eventLines.add(cols);
                case 'A' -> attributes.add(cols);
                case '#' -> {
                    // notes carry free text
                }
                default -> issues.add(cols[0] + ": a line brat does not expect here");
            }
        }
        for (Tb t : tbs.values()) {
            if (!entities.contains(t.type()) && !events.containsKey(t.type())) {
                issues.add(t.id() + ": Error: " + t.type() + " is not a known textbound type");
            }
        }
        for (String[] e : eventLines) {
            String[] parts = e[1].split(" ");
            String type = parts[0].split(":")[0];
            eventTypes.put(e[0], type);
            Map<String, Arg> roles = events.get(type);
            if (roles == null) {
                issues.add(e[0] + ": Error: " + type + " is not a known event type");
                continue;
            }
            Tb trigger = tbs.get(parts[0].split(":")[1]);
            if (trigger == null || !trigger.type().equals(type)) {
                issues.add(e[0] + ": the trigger is not a " + type + " span");
            } else {
                usedTriggers.add(trigger.id());
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] ra = parts[i].split(":");
                String role = ra[0].replaceAll("\\d+$", "");
                seen.merge(role, 1, Integer::sum);
                Arg arg = roles.get(role);
                Tb target = tbs.get(ra[1]);
                if (arg == null) {
                    issues.add(e[0] + ": Error: " + type + " cannot take a " + role + " argument");
                } else if (target == null || !arg.types().contains(target.type())) {
                    issues.add(e[0] + ": Error: " + type + " argument " + role + " cannot be of type "
                            + (target == null ? "nothing" : target.type()));
                }
            }
            roles.forEach((role, arg) -> {
                int n = seen.getOrDefault(role, 0);
                if (arg.mandatory() && n == 0) {
                    issues.add(e[0] + ": Incomplete: one " + role + " argument required for event");
                }
                if (!arg.multiple() && n > 1) {
                    issues.add(e[0] + ": Error: " + type + " cannot take multiple " + role + " arguments");
                }
            });
        }
        for (String[] a : attributes) {
            String[] f = a[1].split(" ");
            Set<String> targets = attributeTargets.get(f[0]);
            String targetType = tbs.containsKey(f[1]) ? tbs.get(f[1]).type() : eventTypes.get(f[1]);
            if (targets == null) {
                issues.add(a[0] + ": Error: " + f[0] + " is not a known attribute");
            } else if (targetType == null || !targets.contains(targetType)
                    && !(targets.contains("<EVENT>") && events.containsKey(targetType))) {
                issues.add(a[0] + ": Error: " + targetType + " cannot take a " + f[0] + " attribute");
            } else if (f.length > 2 && !attributeValues.get(f[0]).contains(f[2])) {
                issues.add(a[0] + ": Error: " + f[2] + " is not a value of " + f[0]);
            }
        }
        overlapsAndTriggers(new ArrayList<>(tbs.values()), usedTriggers, issues);
        return issues;
    }

    private Tb textBound(String[] cols, int[] cps, List<String> issues) {
        int sp = cols[1].indexOf(' ');
        String type = cols[1].substring(0, sp);
        List<int[]> spans = new ArrayList<>();
        StringBuilder covered = new StringBuilder();
        for (String f : cols[1].substring(sp + 1).split(";")) {
            String[] se = f.split(" ");
            int s = Integer.parseInt(se[0]);
            int e = Integer.parseInt(se[1]);
            if (s < 0 || e < s || e > cps.length) {
                issues.add(cols[0] + ": span " + f + " is outside the text");
                spans.add(new int[] {s, e});
                continue;
            }
            String part = new String(cps, s, e - s);
            if (part.contains("\n") || part.contains("\r")) {
                issues.add(cols[0] + ": span " + f + " crosses a line break (brat refuses it)");
            }
            covered.append(covered.isEmpty() ? "" : " ").append(part.replace('\t', ' '));
            spans.add(new int[] {s, e});
        }
        if (cols.length < 3 || !covered.toString().equals(cols[2])) {
            issues.add(cols[0] + ": the text '" + (cols.length < 3 ? "" : cols[2]) + "' does not match the text at "
                    + cols[1] + ": '" + covered + "'");
        }
        return new Tb(cols[0], type, spans);
    }

    private void overlapsAndTriggers(List<Tb> tbs, Set<String> usedTriggers, List<String> issues) {
        for (int i = 0; i < tbs.size(); i++) {
            Tb a = tbs.get(i);
            boolean trigger = events.containsKey(a.type());
            if (trigger && !usedTriggers.contains(a.id())) {
                issues.add(a.id() + ": Warning: trigger " + a.id() + " is not referenced from any event");
            }
            for (int j = i + 1; j < tbs.size(); j++) {
                Tb b = tbs.get(j);
                if (trigger && a.type().equals(b.type()) && a.same(b)) {
                    issues.add(a.id() + ": Warning: triggers " + a.id() + "," + b.id() + " have identical span and type");
                }
                if (!entities.contains(a.type()) || !entities.contains(b.type())
                        || !(b.first() < a.last() && b.last() > a.first())) {
                    continue;
                }
                String kind = a.same(b) ? "equal" : a.contains(b) || b.contains(a) ? "contain" : "cross";
                if (!allowed(a.type(), b.type(), kind)) {
                    issues.add(a.id() + ": Error: " + a.type() + " and " + b.type() + " " + b.id() + " may not " + kind
                            + " (no <OVERLAP> allows it)");
                }
            }
        }
    }

    private boolean allowed(String t1, String t2, String kind) {
        for (Overlap o : overlaps) {
            boolean pair = o.arg1().contains(t1) && o.arg2().contains(t2) || o.arg1().contains(t2) && o.arg2().contains(t1);
            if (pair && (o.kinds().contains("<ANY>") || o.kinds().contains(kind))) {
                return true;
            }
        }
        return false;
    }
}
