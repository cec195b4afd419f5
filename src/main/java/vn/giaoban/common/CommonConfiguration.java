package vn.giaoban.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

    /** One clock for every timestamp the service writes, so tests and documents agree. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
