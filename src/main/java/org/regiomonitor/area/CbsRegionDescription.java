package org.regiomonitor.area;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CBS region code description says about the area's life: its validity ("Begindatum 01-01-1973",
 * "Begindatum voor 1830" = open, "Ontstaan per ..."; "Opgeheven per ...", "Naamswijziging per ..., nieuwe
 * naam") and its successions with the paragraph each came from.
 */
record CbsRegionDescription(LocalDate validFrom, LocalDate validTo, List<Succession> successions) {

    /** From predecessor to successor code (one of them is the described area). */
    record Succession(String predecessor, String successor, LocalDate on, SuccessionKind kind, String text) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern FROM = Pattern.compile("(?:Begindatum|Ontstaan per) (\\d\\d-\\d\\d-\\d{4})");
    /**
     * An end only counts with the areas it went to: some tables' terse lists (83625NED) say "Opgeheven per
     * 01-01-2021" of Boxtel, whose boundary changed that day and which has figures after it.
     */
    private static final Pattern ENDED = Pattern.compile("Opgeheven per (\\d\\d-\\d\\d-\\d{4}),\\s*overgegaan naar");
    private static final Pattern RENAMED = Pattern.compile("Naamswijziging per (\\d\\d-\\d\\d-\\d{4}),\\s*nieuwe naam");
    private static final Pattern HEADER = Pattern.compile(
            "(?m)^(Opgeheven|Naamswijziging|Gemeentelijke herindeling|Ontstaan|Grenswijziging) per (\\d\\d-\\d\\d-\\d{4})");
    private static final Pattern LISTED = Pattern.compile("(?m)^- .*?\\((GM\\d{4})\\)");
    private static final Pattern NAMED = Pattern.compile("(nieuwe|oude) naam: .*?\\((GM\\d{4})\\)");

    static CbsRegionDescription parse(String code, String description) {
        String text = description == null ? "" : description.replace("\r\n", "\n");
        LocalDate from = date(FROM, text);
        Matcher end = ENDED.matcher(text);
        LocalDate to = end.find() ? LocalDate.parse(end.group(1), DATE) : date(RENAMED, text);
        List<Succession> successions = new ArrayList<>();
        if (code.startsWith("GM")) {
            Matcher h = HEADER.matcher(text);
            List<int[]> starts = new ArrayList<>();
            while (h.find()) {
                starts.add(new int[] {h.start()});
            }
            for (int i = 0; i < starts.size(); i++) {
                String block = text.substring(starts.get(i)[0],
                        i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length()).strip();
                block(code, block, successions);
            }
        }
        return new CbsRegionDescription(from, to, List.copyOf(successions));
    }

    private static void block(String code, String block, List<Succession> out) {
        Matcher h = HEADER.matcher(block);
        h.find();
        LocalDate on = LocalDate.parse(h.group(2), DATE);
        String firstLine = block.lines().findFirst().orElse("");
        if (h.group(1).equals("Naamswijziging")) {
            Matcher n = NAMED.matcher(block);
            if (n.find() && !n.group(2).equals(code)) {
                boolean newName = n.group(1).equals("nieuwe");
                out.add(new Succession(newName ? code : n.group(2), newName ? n.group(2) : code, on,
                        SuccessionKind.RENAME, block));
            }
            return;
        }
        boolean outgoing = firstLine.contains("overgegaan naar");
        boolean incoming = firstLine.contains("ontvangen van");
        if (!outgoing && !incoming) {
            return;
        }
        SuccessionKind kind = h.group(1).equals("Grenswijziging") ? SuccessionKind.BOUNDARY_CHANGE : SuccessionKind.MERGER;
        Matcher l = LISTED.matcher(block);
        while (l.find()) {
            String other = l.group(1);
            if (!other.equals(code)) {
                out.add(outgoing ? new Succession(code, other, on, kind, block)
                        : new Succession(other, code, on, kind, block));
            }
        }
    }

    private static LocalDate date(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? LocalDate.parse(m.group(1), DATE) : null;
    }
}
