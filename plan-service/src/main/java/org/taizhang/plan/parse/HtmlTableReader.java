package org.taizhang.plan.parse;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads the task table of an HTML page saved from a government portal (UTF-8, GBK or GB2312) into rows of cells. */
public final class HtmlTableReader {

    private static final int SNIFF_BYTES = 4_096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_COMMENT = Pattern.compile("^(\\s*<!--.*?-->)+", Pattern.DOTALL);
    private static final Pattern HEADER_WORDS = Pattern.compile("序号|任务|要求|单位|时限|时间|措施|分工");

    /** Whether {@code content} starts like an HTML page or fragment, whatever the file is called. */
    public static boolean looksLikeHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        head = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
        // browsers prefix saved pages with a "saved from url" comment
        head = LEADING_COMMENT.matcher(head).replaceFirst("").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<table")
                || (head.startsWith("<") && head.contains("<html"));
    }

    /** Rows of the page's task table; throws {@link ImportRejectedException} when the page holds no table. */
    public List<List<String>> read(byte[] content) {
        Document page = Jsoup.parse(decode(content));
        page.select("script, style, noscript, template").remove();
        Elements tables = page.select("table");
        List<List<List<String>>> grids = new ArrayList<>();
        for (Element table : tables) {
            grids.add(HtmlTableGrid.rows(table));
        }
        int best = bestTable(grids);
        if (best < 0) {
            throw new ImportRejectedException("网页中没有找到表格内容。 (The HTML page holds no table.)");
        }
        return TableContinuation.join(notNested(tables, grids, best), indexAfterFilter(tables, best));
    }

    /** The page text, in the charset the page declares, else UTF-8 when it decodes cleanly, else GB18030. */
    static String decode(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declared = META_CHARSET.matcher(head);
        Optional<Charset> charset = declared.find() ? charset(declared.group(1)) : Optional.empty();
        if (charset.isEmpty() || startsWithUtf8Bom(content)) {
            return TextDecoder.decode(content);
        }
        return new String(content, charset.get());
    }

    private static Optional<Charset> charset(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // pages labelled gb2312 or gbk routinely hold characters only GB18030 (a superset of both) maps
        if (lower.equals("gb2312") || lower.equals("gbk") || lower.equals("x-gbk") || lower.equals("gb18030")) {
            return Optional.of(Charset.forName("GB18030"));
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException unknown) {
            return Optional.empty();
        }
    }

    private static boolean startsWithUtf8Bom(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** The table that looks most like a task table: many filled rows, many columns, header words; -1 if none. */
    private static int bestTable(List<List<List<String>>> grids) {
        int best = -1;
        long bestScore = 0;
        for (int t = 0; t < grids.size(); t++) {
            long score = score(grids.get(t));
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private static long score(List<List<String>> grid) {
        long filledRows = grid.stream()
                .filter(row -> row.stream().filter(c -> !c.isBlank()).count() >= 2)
                .count();
        long headerWords = grid.stream()
                .limit(3)
                .flatMap(List::stream)
                .filter(c -> c.length() <= 12 && HEADER_WORDS.matcher(c).find())
                .count();
        int width = Math.min(TableContinuation.width(grid), 12);
        return filledRows * width + headerWords * 20 + (TableContinuation.filled(grid) ? 1 : 0);
    }

    /** The grids in document order without the tables that contain or sit inside the chosen one. */
    private static List<List<List<String>>> notNested(Elements tables, List<List<List<String>>> grids, int best) {
        Set<Element> related = related(tables.get(best));
        List<List<List<String>>> kept = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            if (t == best || !related.contains(tables.get(t))) {
                kept.add(grids.get(t));
            }
        }
        return kept;
    }

    /** Where the chosen table lands once the related tables are left out. */
    private static int indexAfterFilter(Elements tables, int best) {
        Set<Element> related = related(tables.get(best));
        return (int) tables.subList(0, best).stream()
                .filter(t -> !related.contains(t))
                .count();
    }

    /** The tables around and inside {@code table}, by identity (jsoup elements compare by identity too). */
    private static Set<Element> related(Element table) {
        Set<Element> related = Collections.newSetFromMap(new IdentityHashMap<>());
        related.addAll(table.parents());
        related.addAll(table.select("table"));
        related.remove(table);
        return related;
    }
}
