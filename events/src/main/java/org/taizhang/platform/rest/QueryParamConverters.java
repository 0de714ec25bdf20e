package org.taizhang.platform.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/**
 * Reads typed query parameters (enums, whole numbers, true/false, UUIDs) so that a value of the wrong kind is a 400
 * problem naming the parameter and what it takes, where JAX-RS would answer 404 (and read {@code maybe} as false).
 * A blank value of a nullable type counts as not given; path parameters keep their 404, as an id of the wrong shape
 * names nothing that exists.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Reader> READERS = Map.of(
            Integer.class, new Reader("a whole number (整数)", Integer::valueOf),
            int.class, new Reader("a whole number (整数)", Integer::valueOf),
            Long.class, new Reader("a whole number (整数)", Long::valueOf),
            long.class, new Reader("a whole number (整数)", Long::valueOf),
            Boolean.class, new Reader("true or false", QueryParamConverters::bool),
            boolean.class, new Reader("true or false", QueryParamConverters::bool),
            UUID.class, new Reader("a UUID", UUID::fromString));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class<? extends Enum>) rawType);
        }
        Reader reader = READERS.get(rawType);
        return reader == null ? null : new Converter<>(name, absent(rawType), reader);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ParamConverter<?> enumConverter(String name, Class<? extends Enum> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        Reader reader = new Reader("one of " + allowed, text -> Enum.valueOf(type, text));
        return new Converter<>(name, null, reader);
    }

    /** What a parameter left blank reads as: nothing, or for a primitive the zero JAX-RS gives it. */
    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? 0L : null;
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query) {
                return query.value();
            }
        }
        return null;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            // "0" is also what RESTEasy Reactive hands a primitive boolean that was left out
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** How to read one kind of value, and what to tell a client that sent something else. */
    private record Reader(String expected, Function<String, Object> read) {}

    /** Reads one named parameter; a value it cannot read is a {@link ProblemException} naming the parameter. */
    private record Converter<T>(String name, Object absent, Reader reader) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return (T) absent;
            }
            try {
                return (T) reader.read().apply(value.strip());
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }

        private ProblemException invalid() {
            String message = name + " must be " + reader.expected();
            return new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "Invalid query parameter: " + message,
                    List.of(new Problem.Violation(name, message)));
        }
    }
}
