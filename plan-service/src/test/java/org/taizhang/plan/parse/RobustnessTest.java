package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/** Seeded random and mutated input: the parsers never throw, the table parser only rejects. */
class RobustnessTest {

    private static final String[] FRAGMENTS = {
        "市发改委",
        "各县(市、区)政府",
        "各县 (市、 区 ) 政府",
        "牵头",
        "负责落实",
        "分别负责",
        "配合",
        "等市有关单位",
        "(见附件1,下同)",
        "（",
        "）",
        "(",
        ")",
        "、",
        "，",
        ",",
        "；",
        ";",
        "|",
        "\t",
        "\n",
        " ",
        "　",
        "年底前",
        "6月底前",
        "2月30日",
        "十二月",
        "第三季度",
        "每季度",
        "持续推进",
        "一、",
        "(一)",
        "1.",
        "１２",
        "２０２２年",
        "已完成",
        "工作任务",
        "责任单位",
        "时限",
        "等",
        "和",
        "由",
        "\"",
        "\uFEFF",
        "\u0000",
        "\uD83D\uDE00",
        "99999999999月",
        "〇〇〇〇年",
        "十十十"
    };

    private final Random random = new Random(20260422L);
    private final DeadlineParser deadlines = new DeadlineParser();
    private final UnitPhraseParser units = new UnitPhraseParser();
    private final TaskTableParser tables = new TaskTableParser();
    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    @Test
    void shouldNeverThrowFromTheTextParsers() {
        for (int i = 0; i < 3000; i++) {
            String text = randomText();
            assertThatCode(() -> {
                        Deadline deadline = deadlines.parse(text, 2022);
                        assertThat(deadline.raw()).isEqualTo(text.strip());
                        List<UnitMention> mentions = units.parse(text, text, text);
                        assertThat(mentions)
                                .allSatisfy(m -> assertThat(m.name()).isNotBlank());
                        units.parseCell(text, UnitRole.SUPPORTING);
                        units.looksLikeUnits(text);
                        TextNormalizer.normalize(text);
                        TextNormalizer.canonicalBrackets(text);
                        TextNormalizer.halfWidth(text);
                    })
                    .as("input %s", text)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void shouldOnlyRejectRandomTables() {
        for (int i = 0; i < 1000; i++) {
            List<List<String>> rows = randomRows();
            Throwable thrown = catchThrowable(() -> tables.parse(rows));
            assertThat(thrown)
                    .as("rows %s", rows)
                    .satisfiesAnyOf(RobustnessTest::isNothing, RobustnessTest::isRejection);
        }
    }

    @Test
    void shouldOnlyRejectRandomAndMutatedFiles() {
        byte[] sample = Samples.bytes(Samples.LEAD_AND_STATUS);
        for (int i = 0; i < 300; i++) {
            byte[] content = i % 3 == 0
                    ? randomBytes()
                    : i % 3 == 1 ? mutated(sample) : randomText().getBytes(StandardCharsets.UTF_8);
            Throwable thrown = catchThrowable(() -> importer.read(content, "plan.txt", 2022));
            assertThat(thrown).satisfiesAnyOf(RobustnessTest::isNothing, RobustnessTest::isRejection);
        }
    }

    private static void isNothing(Throwable thrown) {
        assertThat(thrown).isNull();
    }

    private static void isRejection(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ImportRejectedException.class).hasMessageFindingMatch("\\p{IsHan}");
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(12);
        for (int p = 0; p < parts; p++) {
            int choice = random.nextInt(4);
            if (choice == 0) {
                text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            } else if (choice == 1) {
                text.append((char) random.nextInt(0x3100));
            } else {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
        }
        return text.toString();
    }

    private List<List<String>> randomRows() {
        List<List<String>> rows = new ArrayList<>();
        int count = random.nextInt(8);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            int width = random.nextInt(7);
            for (int c = 0; c < width; c++) {
                row.add(random.nextInt(10) == 0 ? null : randomText());
            }
            rows.add(random.nextInt(20) == 0 ? null : row);
        }
        return rows;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] mutated(byte[] sample) {
        byte[] copy = sample.clone();
        for (int i = 0; i < 20; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
