package org.sovet.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates, deadlines and documents use the council's time zone, not the server's. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(SovetProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
