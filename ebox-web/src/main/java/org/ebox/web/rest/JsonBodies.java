package org.ebox.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON request body that is not the JSON the operation takes is the caller's error: 400 INVALID_INPUT in the
 * contract's StatusMessage (through StatusMessages), never a 500, and nothing is done with it. Checked before JSON-B
 * binds it, because JSON-B guesses where it should refuse: it reads invalid UTF-8 as U+FFFD, ignores whatever follows
 * the first value, takes {@code "visible":"no"} or {@code 0} for false (masking a message the caller wanted shown),
 * wraps a number too large for an int round, and unwraps an array where an object belongs. Binding failures that
 * still come are turned into the refusal here, around reading only: Jersey reports them as a ProcessingException,
 * the type it also uses for a failure while writing an answer, which an exception mapper could not tell from ours.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /** Far above the largest body the contract has (100 status requests or masked messages), far below harm. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw ApiException.invalidInput("The body is larger than 1 MB");
        }
        check(utf8(body, "The body"), context.getGenericType(), "The body");
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (ProcessingException | JsonException | JsonbException failure) {
            if (!causedByJson(failure)) {
                throw failure;
            }
            throw ApiException.invalidInput("The body is JSON, but not of the form the contract gives this operation");
        }
    }

    /** The JSON text of these bytes, refused (400 INVALID_INPUT) unless they are UTF-8 throughout (RFC 8259). */
    public static String utf8(byte[] json, String what) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidInput(what + " is not UTF-8, as JSON must be (RFC 8259)");
        }
    }

    /**
     * Refuses (400 INVALID_INPUT) a text that is not exactly one JSON value of the contract type's shape: an object
     * for a record, with no field the record does not name; an array for a list; a string, true or false, or a whole
     * number within the int range where the record has a String, a Boolean or an Integer. Null is left to the
     * operation, which knows what it requires.
     */
    public static void check(String text, Type type, String what) {
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw ApiException.invalidInput(what + " is empty; JSON is expected");
            }
            parser.next();
            value = parser.getValue();
            // hasNext() refuses anything but white space after the value.
            parser.hasNext();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw ApiException.invalidInput(what + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalidInput(what + " is not valid JSON");
        }
        String wrong = shapeError(value, type, "");
        if (wrong != null) {
            throw ApiException.invalidInput(what + " is not of the contract's form: " + wrong);
        }
    }

    /** What is wrong, at which path, or null when the value has the type's shape. */
    private static String shapeError(JsonValue value, Type type, String path) {
        if (value == JsonValue.NULL) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType generic
                ? (Class<?>) generic.getRawType()
                : type instanceof Class<?> plain ? plain : Object.class;
        if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                return name(path) + " must be an array";
            }
            Type item = type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < array.size(); i++) {
                String wrong = shapeError(array.get(i), item, path + "[" + i + "]");
                if (wrong != null) {
                    return wrong;
                }
            }
            return null;
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                return name(path) + " must be an object";
            }
            Map<String, Type> fields = new HashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!fields.containsKey(field.getKey())) {
                    return at + " is not a field of the contract";
                }
                String wrong = shapeError(field.getValue(), fields.get(field.getKey()), at);
                if (wrong != null) {
                    return wrong;
                }
            }
            return null;
        }
        if (raw == String.class) {
            return value.getValueType() == JsonValue.ValueType.STRING ? null : name(path) + " must be a string";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE ? null : name(path) + " must be true or false";
        }
        if (raw == Integer.class || raw == int.class) {
            return value instanceof JsonNumber number
                            && number.isIntegral()
                            && number.bigIntegerValue().compareTo(INT_MIN) >= 0
                            && number.bigIntegerValue().compareTo(INT_MAX) <= 0
                    ? null
                    : name(path) + " must be a whole number from " + INT_MIN + " to " + INT_MAX;
        }
        // Any other type (Object, say) is JSON-B's to read.
        return null;
    }

    private static String name(String path) {
        return path.isEmpty() ? "the value" : path;
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private static boolean causedByJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return true;
            }
        }
        return false;
    }
}
