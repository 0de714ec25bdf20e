package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.assertj.core.api.SoftAssertions;
import org.taizhang.events.plan.Deadline;
import org.taizhang.plan.parse.PlanRenderings.HeaderStyle;
import org.taizhang.plan.parse.PlanRenderings.Layout;
import org.taizhang.plan.parse.PlanRenderings.Options;

/** A generated plan written in any of the text layouts offices use imports back as the same plan. */
class LayoutRoundTripProperties {

    private static final int TRIES = 60;

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadPipeRowsBack(@ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.PIPE_ROWS);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadMarkdownTablesBack(@ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.MARKDOWN);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadFullWidthBarsBack(@ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.FULL_WIDTH_BARS);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadTabRowsBack(@ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.TAB_ROWS);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadSpaceRunColumnsBack(@ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.SPACE_RUNS);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadOneCellPerLineEndingWithABarBack(
            @ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.CELL_PER_LINE_ENDING_WITH_BAR);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadTabIndentedCellsBack(@ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.TAB_INDENTED_CELL_PER_LINE);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadCellsSeparatedByBlankLinesBack(
            @ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options) {
        roundTrip(plan, options, Layout.BLANK_LINE_BETWEEN_CELLS);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldReadTraditionalHeaderWordsBack(
            @ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options, @ForAll Layout layout) {
        roundTrip(plan, with(options, HeaderStyle.TRADITIONAL, options.preamble()), layout);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldSkipTheTitleAndMetadataLinesAboveTheHeader(
            @ForAll("plans") GeneratedPlans.Plan plan, @ForAll("headers") Options options, @ForAll Layout layout) {
        roundTrip(plan, with(options, options.header(), true), layout);
    }

    @Provide
    Arbitrary<GeneratedPlans.Plan> plans() {
        return Arbitraries.longs().withoutEdgeCases().map(GeneratedPlans::generate);
    }

    /**
     * Simplified-Chinese header, plain or spaced out, with or without a 序号 column, the header repeated or not; no
     * title lines above it (the two properties above add traditional headers and title lines to any layout).
     */
    @Provide
    Arbitrary<Options> headers() {
        return Combinators.combine(
                        Arbitraries.of(HeaderStyle.PLAIN, HeaderStyle.SPACED_OUT),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((header, numbers, repeated) -> new Options(Layout.PIPE_ROWS, header, numbers, false, repeated));
    }

    private static Options with(Options options, HeaderStyle header, boolean preamble) {
        return new Options(options.layout(), header, options.numberColumn(), preamble, options.repeatedHeader());
    }

    private static void roundTrip(GeneratedPlans.Plan plan, Options drawn, Layout layout) {
        Options options =
                new Options(layout, drawn.header(), drawn.numberColumn(), drawn.preamble(), drawn.repeatedHeader());
        String text = PlanRenderings.text(plan, options);
        String context = "seed " + plan.seed() + ", " + options + ", text:\n" + excerpt(text);
        ParsedDocument document;
        try {
            document = new PlanDocumentImporter()
                    .read(PlanRenderings.render(plan, options), "plan.txt", GeneratedPlans.YEAR);
        } catch (ImportRejectedException e) {
            throw new AssertionError("rejected: " + e.getMessage() + "; " + context, e);
        }
        List<GeneratedPlans.Task> expected = plan.tasks();
        assertThat(document.tasks().size()).as("task count; %s", context).isEqualTo(expected.size());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < expected.size(); i++) {
            GeneratedPlans.Task want = expected.get(i);
            ParsedTask got = document.tasks().get(i);
            String task = "task " + (i + 1) + " ";
            softly.assertThat(got.number())
                    .as(task + "number")
                    .isEqualTo(options.numbersShown(plan) ? want.number() : null);
            softly.assertThat(keys(got.sectionPath())).as(task + "section path").isEqualTo(keys(want.sectionPath()));
            Deadline deadline = got.deadline();
            softly.assertThat(deadline == null ? null : deadline.kind())
                    .as(task + "deadline kind")
                    .isEqualTo(want.kind());
            softly.assertThat(deadline == null ? null : deadline.dueDate())
                    .as(task + "due date")
                    .isEqualTo(want.due());
            softly.assertThat(got.units().stream()
                            .map(u -> TaskComparison.key(u.name()) + "/" + u.role())
                            .toList())
                    .as(task + "units")
                    .isEqualTo(want.units().stream()
                            .map(u -> TaskComparison.key(u.name()) + "/" + u.role())
                            .toList());
        }
        if (!softly.errorsCollected().isEmpty()) {
            throw new AssertionError(context + "\n"
                    + softly.errorsCollected().stream()
                            .limit(10)
                            .map(Throwable::getMessage)
                            .reduce("", (a, b) -> a + "\n" + b));
        }
    }

    private static List<String> keys(List<String> texts) {
        return texts.stream().map(TaskComparison::key).toList();
    }

    private static String excerpt(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + "\n…";
    }
}
