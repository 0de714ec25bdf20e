package org.taizhang.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits answered with problem details (Quarkus's own, higher limit only catches what slips past). */
@ConfigMapping(prefix = "taizhang.http")
public interface HttpLimits {

    /** Largest request body a service takes; a larger one, declared or counted as read (chunked), gets a 413 problem. */
    @WithDefault("12M")
    MemorySize maxRequestSize();
}
