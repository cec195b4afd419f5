package vn.giaoban.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param adminPassword password of the initial {@code admin}; empty means generate one and log it once */
@ConfigurationProperties("giaoban.bootstrap")
record BootstrapProperties(String adminPassword) {
}
