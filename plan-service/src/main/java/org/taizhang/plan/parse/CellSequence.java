package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a flat sequence of cells (one cell per line, no row breaks) into rows. The row width is the number of
 * header cells when the sequence starts with a header, else the width whose columns are most consistent in kind
 * (text, units, deadline…). A section heading where a row would start stands alone as a section row.
 */
final class CellSequence {

    private static final int MAX_WIDTH = 12;

    private CellSequence() {}

    static List<List<String>> rows(List<String> cells, CellClassifier classifier) {
        List<String> sequence = new ArrayList<>(cells);
        while (!sequence.isEmpty() && sequence.get(sequence.size() - 1).isBlank()) {
            sequence.remove(sequence.size() - 1);
        }
        if (sequence.isEmpty()) {
            return List.of();
        }
        List<CellKind> kinds = sequence.stream().map(classifier::kind).toList();
        int width = headerWidth(sequence);
        if (width == 0) {
            width = consistentWidth(kinds);
        }
        return chunk(sequence, kinds, width);
    }

    private static int headerWidth(List<String> cells) {
        int width = 0;
        while (width < Math.min(MAX_WIDTH, cells.size()) && HeaderVocabulary.roleOf(cells.get(width)) != null) {
            width++;
        }
        return width >= 2 ? width : 0;
    }

    private static int consistentWidth(List<CellKind> kinds) {
        int bestWidth = 1;
        double bestScore = 0;
        for (int width = 2; width <= MAX_WIDTH && width * 2 <= kinds.size(); width++) {
            double score = consistency(kinds, width);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                bestWidth = width;
            }
        }
        return bestScore >= 0.6 ? bestWidth : 1;
    }

    /** The share of cells that have their column's most common kind, when rows are {@code width} cells wide. */
    private static double consistency(List<CellKind> kinds, int width) {
        List<List<Integer>> rows = chunkIndexes(kinds, width);
        int matching = 0;
        int total = 0;
        for (int column = 0; column < width; column++) {
            int[] counts = new int[CellKind.values().length];
            for (List<Integer> row : rows) {
                if (row.size() == width) {
                    counts[coarse(kinds.get(row.get(column))).ordinal()]++;
                    total++;
                }
            }
            matching += java.util.Arrays.stream(counts).max().orElse(0);
        }
        return total == 0 ? 0 : (double) matching / total;
    }

    private static CellKind coarse(CellKind kind) {
        return kind == CellKind.NUMBERED_TEXT ? CellKind.TEXT : kind == CellKind.STATUS ? CellKind.DEADLINE : kind;
    }

    private static List<List<String>> chunk(List<String> cells, List<CellKind> kinds, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Integer> indexes : chunkIndexes(kinds, width)) {
            rows.add(indexes.stream().map(cells::get).toList());
        }
        return rows;
    }

    private static List<List<Integer>> chunkIndexes(List<CellKind> kinds, int width) {
        List<List<Integer>> rows = new ArrayList<>();
        int i = 0;
        while (i < kinds.size()) {
            boolean sectionAlone = width > 1
                    && kinds.get(i) == CellKind.SECTION
                    && (i + 1 >= kinds.size() || kinds.get(i + 1) != CellKind.UNITS);
            int end = sectionAlone ? i + 1 : Math.min(kinds.size(), i + width);
            List<Integer> row = new ArrayList<>();
            for (int k = i; k < end; k++) {
                row.add(k);
            }
            rows.add(row);
            i = end;
        }
        return rows;
    }
}
