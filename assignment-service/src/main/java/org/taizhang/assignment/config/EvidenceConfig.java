package org.taizhang.assignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How evidence files (佐证材料) are taken: the largest file accepted. */
@ConfigMapping(prefix = "taizhang.evidence")
public interface EvidenceConfig {

    /** The largest evidence file accepted, in bytes (10 MiB); a larger one gets 413. */
    @WithDefault("10485760")
    long maxBytes();
}
