package org.taizhang.console.api;

import java.util.List;

/**
 * One page of a service's list, as every list endpoint answers it; totalExact is false when the service stopped
 * counting at total (assignment lists longer than 10,000), null from lists that always count.
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, Boolean totalExact) {

    /** Whether the list holds more than total, which a page shows as "10000+". */
    public boolean capped() {
        return Boolean.FALSE.equals(totalExact);
    }
}
