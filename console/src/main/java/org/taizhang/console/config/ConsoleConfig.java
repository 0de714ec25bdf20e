package org.taizhang.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The console's own settings: list page size, where the public dashboard is, and the upload limit. */
@ConfigMapping(prefix = "taizhang.console")
public interface ConsoleConfig {

    /** Rows per list page, as the services' default page size. */
    @WithDefault("20")
    int pageSize();

    /** The public dashboard's base URL (reporting-service), for links from a published plan. */
    @WithDefault("http://127.0.0.1:8084")
    String dashboardUrl();

    /** The offices' time zone: which year "this year" is, and how times are shown. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId zone();

    /** The largest file a page accepts before sending it on; the services hold their own limits too. */
    @WithDefault("10485760")
    long maxUploadBytes();
}
