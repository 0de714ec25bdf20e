package org.taizhang.assignment.directory.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.assignment.directory.io.DirectoryFiles.HEADER;
import static org.taizhang.assignment.directory.io.DirectoryFiles.csv;
import static org.taizhang.assignment.directory.io.DirectoryFiles.department;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryMergeTest {

    private static final List<DirectoryRow> DIRECTORY = List.of(
            DirectoryFiles.city(),
            department("341800-czj", "宣城市财政局", "341800-gov"),
            department("341800-sjj", "宣城市审计局", "341800-gov"));

    @Test
    void shouldCreateNewIdsUpdateChangedOnesAndCountTheRest() {
        DirectoryChanges changes = merge(
                "341800-gov,宣城市人民政府,市政府,GOVERNMENT,CITY,341800,",
                "341800-czj,宣城市财政局,市财政局,DEPARTMENT,CITY,341800,341800-gov",
                "341800-tjj,宣城市统计局,,DEPARTMENT,CITY,341800,341800-gov");

        assertThat(changes.errors()).isEmpty();
        assertThat(changes.creates()).extracting(DirectoryRow::id).containsExactly("341800-tjj");
        assertThat(changes.updates()).extracting(DirectoryRow::id).containsExactly("341800-czj");
        assertThat(changes.unchanged()).isEqualTo(1);
    }

    @Test
    void shouldInsertParentsBeforeChildrenWhateverTheFileOrder() {
        DirectoryChanges changes = merge(
                "c,宣城市丙科,,OTHER,CITY,341800,b",
                "b,宣城市乙处,,OTHER,CITY,341800,a",
                "x,宣城市戊局,,DEPARTMENT,CITY,341800,341800-gov",
                "a,宣城市甲局,,DEPARTMENT,CITY,341800,341800-gov");

        assertThat(changes.creates()).extracting(DirectoryRow::id).containsExactly("x", "a", "b", "c");
    }

    @Test
    void shouldReportAParentNeitherInTheFileNorInTheDirectory() {
        DirectoryChanges changes = merge(
                "a,宣城市甲局,,DEPARTMENT,CITY,341800,nowhere",
                "b,,,DEPARTMENT,CITY,341800,",
                "c,宣城市丙局,,DEPARTMENT,CITY,341800,b");

        assertThat(changes.isRejected()).isTrue();
        assertThat(changes.creates()).isEmpty();
        assertThat(changes.errors()).extracting(RowError::field).containsExactly("rows[2].parentId", "rows[3].name");
        assertThat(changes.errors().get(0).message()).contains("nowhere");
    }

    @Test
    void shouldReportAParentLoopWithinTheFileAndThroughTheDirectory() {
        DirectoryChanges inFile = merge("a,宣城市甲局,,DEPARTMENT,CITY,341800,b", "b,宣城市乙局,,DEPARTMENT,CITY,341800,a");
        DirectoryChanges throughDirectory = merge("341800-gov,宣城市人民政府,市政府,GOVERNMENT,CITY,341800,341800-czj");

        assertThat(inFile.errors()).extracting(RowError::field).containsExactly("rows[2].parentId", "rows[3].parentId");
        assertThat(inFile.errors().get(0).message()).contains("a → b → a");
        assertThat(throughDirectory.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("341800-gov → 341800-czj → 341800-gov"));
    }

    @Test
    void shouldReportANameTakenInTheRegionByAUnitTheFileDoesNotName() {
        DirectoryChanges changes = merge("new,宣城市审计局,,DEPARTMENT,CITY,341800,");

        assertThat(changes.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("rows[2].name");
            assertThat(error.message()).contains("341800-sjj");
        });
    }

    @Test
    void shouldLetUnitsOfTheFileSwapNames() {
        DirectoryChanges changes = merge(
                "341800-czj,宣城市审计局,,DEPARTMENT,CITY,341800,341800-gov",
                "341800-sjj,宣城市财政局,,DEPARTMENT,CITY,341800,341800-gov");

        assertThat(changes.errors()).isEmpty();
        assertThat(changes.updates()).hasSize(2);
    }

    @Test
    void shouldKeepTheReaderErrorsAndChangeNothing() {
        DirectoryChanges changes = merge("ok,宣城市新局,,DEPARTMENT,CITY,341800,", "bad,宣城市坏局,,DEPARTMENT,CITY,34180,");

        assertThat(changes.errors()).extracting(RowError::field).containsExactly("rows[3].regionCode");
        assertThat(changes.creates()).isEmpty();
        assertThat(changes.updates()).isEmpty();
    }

    private static DirectoryChanges merge(String... lines) {
        String[] file = new String[lines.length + 1];
        file[0] = HEADER;
        System.arraycopy(lines, 0, file, 1, lines.length);
        return DirectoryMerge.of(new DirectoryReader().readCsv(csv(file)), DIRECTORY);
    }
}
