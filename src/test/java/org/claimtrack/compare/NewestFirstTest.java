package org.claimtrack.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The windowed search gives exactly the newest N of all matches, whatever their dates. */
class NewestFirstTest {

    @Test
    void windowsGiveTheSameRowsAsSortingEveryMatch() {
        Random rnd = new Random(11);
        LocalDate anchor = LocalDate.of(2024, 12, 31);
        for (int round = 0; round < 200; round++) {
            List<LocalDate> rows = new ArrayList<>();
            int count = rnd.nextInt(60);
            int spread = 1 + rnd.nextInt(round % 2 == 0 ? 40 : 4000);
            for (int i = 0; i < count; i++) {
                rows.add(rnd.nextInt(10) == 0 ? null : anchor.minusDays(rnd.nextInt(spread)));
            }
            Comparator<LocalDate> newest = Comparator.nullsLast(Comparator.<LocalDate>reverseOrder());
            int limit = 1 + rnd.nextInt(20);
            LocalDate from = rnd.nextBoolean() ? null : anchor.minusDays(rnd.nextInt(spread + 1));
            List<LocalDate> expected = rows.stream().filter(d -> from == null || d != null && !d.isBefore(from))
                    .sorted(newest).limit(limit).toList();
            int[] runs = {0};
            List<LocalDate> got = NewestFirst.find(anchor, from, limit, since -> {
                runs[0]++;
                return rows.stream().filter(d -> from == null || d != null && !d.isBefore(from))
                        .filter(d -> since == null || d != null && !d.isBefore(since)).sorted(newest).limit(limit)
                        .toList();
            });
            assertEquals(expected, got, "round " + round);
        }
    }

    @Test
    void withoutAnyDatedRowItRunsOnceUnbounded() {
        List<LocalDate> seen = new ArrayList<>();
        NewestFirst.find(null, null, 5, since -> {
            seen.add(since);
            return List.<LocalDate>of();
        });
        assertEquals(java.util.Arrays.asList((LocalDate) null), seen);
    }
}
