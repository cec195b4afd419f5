package vn.giaoban.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two versions of a text, for reviewers: which words were added and which removed.
 * Common beginnings and endings are matched first (edits are usually local); the changed middle is compared word by
 * word with a longest-common-subsequence table, or shown as replaced wholesale when it is too large to compare.
 */
public final class WordDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Piece(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    private static final long MAX_TABLE = 4_000_000L;

    private WordDiff() {
    }

    public static List<Piece> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Piece> pieces = new ArrayList<>();
        add(pieces, Kind.SAME, a.subList(0, start));
        middle(pieces, a.subList(start, endA), b.subList(start, endB));
        add(pieces, Kind.SAME, a.subList(endA, a.size()));
        return pieces;
    }

    private static void middle(List<Piece> pieces, List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_TABLE) {
            add(pieces, Kind.REMOVED, a);
            add(pieces, Kind.ADDED, b);
            return;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, List.of(a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(pieces, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(pieces, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(pieces, Kind.REMOVED, a.subList(i, a.size()));
        add(pieces, Kind.ADDED, b.subList(j, b.size()));
    }

    /** Appends tokens, merging with the previous piece of the same kind. */
    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
            Piece last = pieces.remove(pieces.size() - 1);
            pieces.add(new Piece(kind, last.text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
