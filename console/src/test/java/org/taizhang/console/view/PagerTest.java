package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void shouldKeepFiltersAndEncodeThemInNeighbourLinks() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", "宣城 市");
        filters.put("status", null);
        filters.put("year", "2026");

        Pager pager = Pager.of("/plans", filters, 1, 20, 41);

        assertThat(pager.pages()).isEqualTo(3);
        assertThat(pager.number()).isEqualTo(2);
        assertThat(pager.previous()).isEqualTo("/plans?q=%E5%AE%A3%E5%9F%8E+%E5%B8%82&year=2026&page=0");
        assertThat(pager.next()).endsWith("&page=2");
        assertThat(pager.hasPrevious()).isTrue();
        assertThat(pager.hasNext()).isTrue();
    }

    @Test
    void shouldShowOnePageForAnEmptyList() {
        Pager pager = Pager.of("/plans", Map.of(), 0, 20, 0);

        assertThat(pager.pages()).isEqualTo(1);
        assertThat(pager.hasNext()).isFalse();
        assertThat(pager.hasPrevious()).isFalse();
    }

    @Test
    void shouldEndAtTheLastFullOrPartPage() {
        assertThat(Pager.of("/x", Map.of(), 1, 20, 40).hasNext()).isFalse();
        assertThat(Pager.of("/x", Map.of(), 1, 20, 41).hasNext()).isTrue();
    }

    @Test
    void shouldMakeAnAddressOfTheFiltersThatAreSet() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", null);
        filters.put("regionCode", "341800");

        assertThat(Pager.address("/scorecards/download", filters)).isEqualTo("/scorecards/download?regionCode=341800");
        assertThat(Pager.address("/scorecards/download", Map.of())).isEqualTo("/scorecards/download");
        assertThat(Pager.of("/x", Map.of(), 2, 20, 100).current()).isEqualTo("/x?page=2");
    }
}
