package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Snaps ruling positions into boundaries and finds the slot between boundaries a coordinate falls in. */
final class PdfClusters {

    private PdfClusters() {}

    /** The distinct positions of {@code segments}, those within {@code snap} of each other counted once. */
    static double[] positions(List<PdfSegment> segments, double snap) {
        double[] at = segments.stream().mapToDouble(PdfSegment::at).sorted().toArray();
        double[] result = new double[at.length];
        int count = 0;
        int start = 0;
        for (int i = 1; i <= at.length; i++) {
            if (i == at.length || at[i] - at[i - 1] > snap) {
                // the cluster's mean: a double border's two lines meet in the middle
                result[count++] = Arrays.stream(at, start, i).average().orElse(0);
                start = i;
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** The segments of each boundary in {@code positions}. */
    static List<List<PdfSegment>> byPosition(List<PdfSegment> segments, double[] positions, double snap) {
        List<List<PdfSegment>> result = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            result.add(new ArrayList<>());
        }
        for (PdfSegment segment : segments) {
            int nearest = nearest(positions, segment.at());
            if (nearest >= 0 && Math.abs(positions[nearest] - segment.at()) <= snap) {
                result.get(nearest).add(segment);
            }
        }
        return result;
    }

    /** The index i with {@code bounds[i] <= value < bounds[i + 1]}, or -1 outside. */
    static int slot(double[] bounds, double value) {
        int i = Arrays.binarySearch(bounds, value);
        int slot = i >= 0 ? i : -i - 2;
        return slot >= 0 && slot < bounds.length - 1 ? slot : -1;
    }

    private static int nearest(double[] positions, double value) {
        int i = Arrays.binarySearch(positions, value);
        if (i >= 0) {
            return i;
        }
        int above = -i - 1;
        if (above == 0) {
            return positions.length == 0 ? -1 : 0;
        }
        if (above == positions.length) {
            return above - 1;
        }
        return value - positions[above - 1] <= positions[above] - value ? above - 1 : above;
    }
}
