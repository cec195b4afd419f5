package vn.giaoban.common;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param dataDir         where the embedded database and generated secrets live
 * @param zone            the zone in which meeting dates and signing times are written on documents
 * @param maxRequestBytes the largest request body accepted (413 beyond)
 */
@ConfigurationProperties("giaoban")
public record GiaobanProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("2097152") long maxRequestBytes) {
}
