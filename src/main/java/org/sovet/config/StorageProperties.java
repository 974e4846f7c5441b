package org.sovet.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param minFreeSpace below this much free space in the data directory the health check says DOWN
 * @param probeInterval how often the health check at most writes its probe row (the endpoint is public)
 */
@ConfigurationProperties("sovet.storage")
public record StorageProperties(DataSize minFreeSpace, Duration probeInterval) {}
