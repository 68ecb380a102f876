package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DebouncerTest {

    @Test
    void triggersThatNeverPauseStillRunTheActionAfterTheMaximumWait() {
        ClockScheduler clock = new ClockScheduler();
        Debouncer debouncer = new Debouncer(clock, Duration.ofSeconds(3), Duration.ofSeconds(4));
        List<String> ran = new ArrayList<>();

        for (int second = 0; second <= 12; second++) {
            int typed = second;
            debouncer.trigger(() -> ran.add("at " + clock.now().toSeconds() + " with " + typed));
            clock.advance(Duration.ofSeconds(1));
        }

        assertEquals(List.of("at 4 with 3", "at 8 with 7", "at 12 with 11"), ran,
                "every 4 seconds while triggered every second, with the newest action");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(List.of("at 4 with 3", "at 8 with 7", "at 12 with 11", "at 15 with 12"), ran,
                "and once the triggers pause");
    }

    @Test
    void withoutMaximumWaitOnlyAPauseRunsIt() {
        ClockScheduler clock = new ClockScheduler();
        Debouncer debouncer = new Debouncer(clock, Duration.ofSeconds(3));
        List<Long> ran = new ArrayList<>();

        for (int second = 0; second <= 12; second++) {
            debouncer.trigger(() -> ran.add(clock.now().toSeconds()));
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of(), ran);
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(15L), ran);
    }

    @Test
    void cancelDropsBothTimers() {
        ClockScheduler clock = new ClockScheduler();
        Debouncer debouncer = new Debouncer(clock, Duration.ofSeconds(3), Duration.ofSeconds(4));
        List<Long> ran = new ArrayList<>();
        debouncer.trigger(() -> ran.add(clock.now().toSeconds()));
        clock.advance(Duration.ofSeconds(1));

        debouncer.cancel();
        clock.advance(Duration.ofSeconds(10));

        assertEquals(List.of(), ran);
    }
}
