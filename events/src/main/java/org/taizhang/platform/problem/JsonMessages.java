package org.taizhang.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Says what is wrong with an unreadable JSON body in the client's terms (the field, the value, what it takes) rather
 * than Jackson's, which names the service's Java classes.
 */
public final class JsonMessages {

    private JsonMessages() {}

    public static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field \"" + unknown.getPropertyName() + "\"" + at(parentPath(unknown));
        }
        if (e instanceof InvalidFormatException format) {
            return subject(format) + ": " + quoted(format.getValue()) + " is not " + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return subject(mismatch) + ": expected " + expected(mismatch.getTargetType());
        }
        // Broken syntax met inside a field is wrapped in a mapping exception that carries the path.
        JsonProcessingException syntax = e.getCause() instanceof StreamReadException inner ? inner : e;
        if (syntax instanceof StreamReadException && syntax.getLocation() != null) {
            return "Malformed JSON at line %d, column %d"
                    .formatted(
                            syntax.getLocation().getLineNr(),
                            syntax.getLocation().getColumnNr());
        }
        if (e instanceof DatabindException mapping) {
            String path = path((JsonMappingException) mapping);
            return path.isEmpty() ? "The body cannot be read" : path + ": cannot be read";
        }
        return "Malformed JSON";
    }

    /** What a Java type takes, in words a client writing JSON knows. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == int.class
                || type == long.class
                || type == short.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a value";
    }

    private static String subject(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "The body" : path;
    }

    /** The field path as a client writes it: {@code reports[2].status}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String parentPath(UnrecognizedPropertyException e) {
        String path = path(e);
        int last = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return path.endsWith(e.getPropertyName()) && last > 0 ? path.substring(0, last) : "";
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : " in " + path;
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
