package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar years (1950 to 2049) in CV text. */
final class Years {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");

    private Years() {
    }

    static Optional<Integer> first(String text) {
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    static List<Integer> all(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            years.add(Integer.parseInt(matcher.group(1)));
        }
        return years;
    }
}
