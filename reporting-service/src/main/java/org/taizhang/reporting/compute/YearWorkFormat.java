package org.taizhang.reporting.compute;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.taizhang.events.plan.Cadence;

/**
 * A year's counted work as bytes, so that it outlives a restart: a province's takes seconds to count and a few
 * megabytes to keep (gzip). Anything but this format's own bytes is refused with an {@link IOException}.
 */
public final class YearWorkFormat {

    private static final int MAGIC = 0x59574b31; // "YWK1": a later format gets another, and old bytes are refused

    private YearWorkFormat() {}

    public static byte[] write(YearWork work) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new FastGzip(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(work.year());
            out.writeInt(work.units().size());
            for (YearWork.Unit unit : work.units()) {
                out.writeInt(unit.work().size());
                for (UnitWork each : unit.work()) {
                    writeUnitWork(out, each);
                }
                out.writeInt(unit.periodic().size());
                for (PeriodicWork each : unit.periodic()) {
                    writePeriodic(out, each);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    public static YearWork read(InputStream stored) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(stored))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("Not a year's counted work in this format");
            }
            int year = in.readInt();
            int count = in.readInt();
            List<YearWork.Unit> units = new ArrayList<>(Math.min(count, 1 << 16));
            for (int u = 0; u < count; u++) {
                List<UnitWork> work = new ArrayList<>();
                for (int w = in.readInt(); w > 0; w--) {
                    work.add(readUnitWork(in));
                }
                List<PeriodicWork> periodic = new ArrayList<>();
                for (int p = in.readInt(); p > 0; p--) {
                    periodic.add(readPeriodic(in));
                }
                units.add(new YearWork.Unit(List.copyOf(work), List.copyOf(periodic)));
            }
            return new YearWork(year, units);
        } catch (RuntimeException e) { // a negative length, a bad cadence: bytes of something else
            throw new IOException("Not a year's counted work in this format", e);
        }
    }

    private static void writeUnitWork(DataOutputStream out, UnitWork work) throws IOException {
        WorkCounts counts = work.undated();
        writeText(out, counts.unitId());
        writeText(out, counts.regionCode());
        writeText(out, counts.unitName());
        for (int n : new int[] {
            counts.assignments(), counts.completedOnTime(), counts.completedLate(), counts.reminders(), counts.urgings()
        }) {
            out.writeInt(n);
        }
        writeInts(out, work.dueDays());
        writeInts(out, work.dueByThen());
    }

    private static UnitWork readUnitWork(DataInputStream in) throws IOException {
        String unitId = readText(in);
        String region = readText(in);
        String name = readText(in);
        WorkCounts counts = new WorkCounts(
                unitId, region, name, in.readInt(), in.readInt(), in.readInt(), 0, in.readInt(), in.readInt());
        return new UnitWork(counts, readInts(in), readInts(in));
    }

    private static void writePeriodic(DataOutputStream out, PeriodicWork work) throws IOException {
        writeText(out, work.unitId());
        writeText(out, work.cadence() == null ? null : work.cadence().name());
        writeDay(out, work.assignedOn());
        writeDay(out, work.completedOn());
        writeInts(out, work.reportDays());
    }

    private static PeriodicWork readPeriodic(DataInputStream in) throws IOException {
        String unitId = readText(in);
        String cadence = readText(in);
        return new PeriodicWork(
                unitId, cadence == null ? null : Cadence.valueOf(cadence), readDay(in), readDay(in), readInts(in));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
        out.writeBoolean(day != null);
        if (day != null) {
            out.writeInt(Math.toIntExact(day.toEpochDay()));
        }
    }

    private static LocalDate readDay(DataInputStream in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readInt()) : null;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** gzip at its fastest level: the bytes are written after every count, in the background. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
