package org.doctoronboarding.adapter.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits the lines of a list section into items, joining the lines that a long item wraps onto. */
final class ListItems {

    static final Pattern MARKER = Pattern.compile("^(?:[-*•·▪●○◦➢►]|\\d{1,2}[.)]|\\(\\d{1,2}\\)|[a-z][.)])\\s+");
    private static final Pattern ENDS_OPEN = Pattern.compile("(?:[,&(:–-]|\\b(?:of|and|for|in|the|at|on|with|to))$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_FRAGMENT_WORDS = 2;

    private ListItems() {
    }

    /** One list item: its text without the bullet or number, and the line it starts on. */
    record Item(String text, CvLine line) {
    }

    static List<Item> split(List<CvLine> lines) {
        long marked = lines.stream().filter(line -> MARKER.matcher(line.text()).find()).count();
        boolean markedList = marked > 0 && marked * 2 >= lines.size();

        List<Item> items = new ArrayList<>();
        for (CvLine line : lines) {
            String text = line.text();
            boolean startsItem = markedList ? MARKER.matcher(text).find() : !continuesPrevious(items, text);
            if (startsItem || items.isEmpty()) {
                items.add(new Item(MARKER.matcher(text).replaceFirst("").strip(), line));
            } else {
                Item previous = items.removeLast();
                items.add(new Item(joinWrapped(previous.text(), text), previous.line()));
            }
        }
        return items;
    }

    private static boolean continuesPrevious(List<Item> items, String text) {
        if (items.isEmpty()) {
            return false;
        }
        String previous = items.getLast().text();
        if (Character.isLowerCase(text.charAt(0)) || ENDS_OPEN.matcher(previous).find()) {
            return true;
        }
        if (previous.chars().filter(c -> c == '(').count() > previous.chars().filter(c -> c == ')').count()) {
            return true;
        }
        String[] words = text.split("\\s+");
        // A one- or two-word line such as "Association" is the tail of a name that did not fit the column.
        return words.length <= MAX_FRAGMENT_WORDS && !text.matches(".*[\\d()].*") && !isAbbreviation(words[0]);
    }

    /** Joins a wrapped line, keeping a word split by a hyphen at the line end ("peri-" + "articular") whole. */
    private static String joinWrapped(String previous, String next) {
        if (previous.endsWith("-") && !previous.endsWith(" -")) {
            return previous + next;
        }
        return previous + " " + next;
    }

    static boolean isAbbreviation(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    /** Adds the item unless the list already has it, compared ignoring case, spacing and punctuation. */
    static boolean addIfNew(List<String> list, String item) {
        String key = squash(item);
        if (key.isEmpty()) {
            return false;
        }
        for (String existing : list) {
            String existingKey = squash(existing);
            if (existingKey.contains(key) || key.contains(existingKey)) {
                return false;
            }
        }
        list.add(item);
        return true;
    }

    static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
