package org.taizhang.reporting.export;

import java.util.Locale;

/** Writes SVG markup: escapes text for XML and formats coordinates compactly and locale-independently. */
final class Svg {

    private final StringBuilder markup = new StringBuilder();

    /** Opens an inline {@code <svg>} with an accessible title, scaling to its container's width. */
    Svg(int width, int height, String title) {
        markup.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" font-family=\"sans-serif\"><title>")
                .append(escape(title))
                .append("</title>");
    }

    /** An element without content; {@code attributes} come as name, value pairs. */
    Svg empty(String name, Object... attributes) {
        open(name, attributes);
        markup.append("/>");
        return this;
    }

    Svg text(String content, Object... attributes) {
        open("text", attributes);
        markup.append('>').append(escape(content)).append("</text>");
        return this;
    }

    String close() {
        return markup.append("</svg>").toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private void open(String name, Object... attributes) {
        markup.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            String shown = value instanceof Double d ? number(d) : String.valueOf(value);
            markup.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(shown))
                    .append('"');
        }
    }
}
