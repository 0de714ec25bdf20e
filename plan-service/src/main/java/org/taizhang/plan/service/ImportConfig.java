package org.taizhang.plan.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one imported document may bring into a draft plan. */
@ConfigMapping(prefix = "taizhang.import")
public interface ImportConfig {

    /** Most tasks one plan may have after an import; a longer document is refused with a 422. */
    @WithDefault("2000")
    int maxTasks();
}
