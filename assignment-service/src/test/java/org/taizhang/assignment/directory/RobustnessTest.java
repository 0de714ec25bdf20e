package org.taizhang.assignment.directory;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.region.RegionCodes;

class RobustnessTest {

    private static final String ALPHABET = "市县区镇乡省旗各直有关相部门单位政府人民办公室委局（）()【】、，,；; 　\t\n等见附件1０ａA管会企事业街道发改财郎溪泾宣城"
            + "\u200B\uFEFF\u0000\uD83D\uDE00\uD800";
    private static final List<String> REGIONS =
            List.of("341800", "341821", "341802", "341823", "341821100", "34", "", "x", "99999999999999");

    private final UnitNameNormalizer normalizer = UnitNameNormalizer.standard();
    private final UnitResolver resolver = new UnitResolver(DemoDirectory.units());
    private final GroupExpander expander = new GroupExpander(DemoDirectory.units());

    @Test
    void shouldNeverThrowWhateverTheInput() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 20_000; i++) {
            String input = randomText(random);
            String region = random.nextInt(10) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
            boolean ambiguous = random.nextBoolean();
            assertThatCode(() -> {
                        normalizer.key(input);
                        normalizer.normalize(input).prefixLevel();
                        resolver.resolve(input, region);
                        expander.expand(input, ambiguous, region);
                        RegionLevels.levelOf(input);
                        RegionCodes.contains(input, region);
                    })
                    .as("input %s in region %s", input, region)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void shouldAcceptNullEverywhere() {
        assertThatCode(() -> {
                    normalizer.key(null);
                    resolver.resolve(null, null);
                    expander.expand((String) null, false, null);
                    RegionCodes.contains(null, null);
                    RegionLevels.truncate(null, UnitLevel.CITY);
                })
                .doesNotThrowAnyException();
    }

    private static String randomText(Random random) {
        int length = random.nextInt(16);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(20) == 0
                            ? (char) random.nextInt(0x10000)
                            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
