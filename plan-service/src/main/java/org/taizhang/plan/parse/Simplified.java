package org.taizhang.plan.parse;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;

/**
 * Reads traditional characters as simplified, one character for one, so that 重點任務 matches 重点任务 and offsets
 * into the shadow text are offsets into the text as written. Only matching uses the shadow; stored text stays as
 * written.
 */
final class Simplified {

    private static final char UNKNOWN = 0;
    // filled lazily: the converter takes microseconds per character, a document repeats a few hundred characters
    private static final char[] SHADOW = new char[Character.MAX_VALUE + 1];

    private Simplified() {}

    /** The text with every traditional character replaced by its simplified form; the same length as the text. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = shadow(c);
            if (s != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? text : new String(out);
    }

    private static char shadow(char c) {
        if (c < 0x3400 || c > 0x9FFF && (c < 0xF900 || c > 0xFAFF)) {
            return c;
        }
        char known = SHADOW[c];
        if (known == UNKNOWN) {
            known = convert(c);
            SHADOW[c] = known;
        }
        return known;
    }

    private static char convert(char c) {
        try {
            List<String> simple = ZhConverterUtil.toSimple(c);
            if (simple == null || simple.isEmpty() || simple.get(0).length() != 1) {
                return c;
            }
            return simple.get(0).charAt(0);
        } catch (RuntimeException e) {
            // the converter knowing nothing of a character is no reason to fail an import
            return c;
        }
    }
}
