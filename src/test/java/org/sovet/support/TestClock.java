package org.sovet.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The system clock in the council's zone, which a test may move forward to pass a deadline. The
 * engine keeps its own clock (ClockUtil); it moves along, so timers, task dates and the removal
 * of history agree with Sovet's dates.
 */
@Component
@Primary
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Europe/Kirov");
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
        ClockUtil.offset(offset.toMillis());
    }

    public void reset() {
        offset = Duration.ZERO;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
