package org.puzzlelens.rewards.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.parquet.io.api.Binary;
import org.puzzlelens.puzzles.io.Json;

/**
 * The Hugging Face {@code datasets} features of a Parquet row record, written under the key
 * {@code huggingface} of the file's key-value metadata. {@code datasets} types a column only from
 * there (or after {@code cast_column}): without it an image column loads as {@code {bytes, path}}
 * dicts, which TRL passes into the chat and transformers' image loading rejects.
 *
 * <p>Lists are written in the {@code [feature]} form, which every {@code datasets} version reads
 * (4.x and later turn it into {@code List(feature)}; older ones know no {@code "List"} type).
 */
final class HfFeatures {
    /** The key-value metadata key {@code datasets} reads. */
    public static final String METADATA_KEY = "huggingface";

    private static final Map<Class<?>, String> DTYPES = Map.of(
            String.class,
            "string",
            int.class,
            "int32",
            Integer.class,
            "int32",
            long.class,
            "int64",
            Long.class,
            "int64",
            double.class,
            "float64",
            Double.class,
            "float64",
            boolean.class,
            "bool",
            Boolean.class,
            "bool",
            Binary.class,
            "binary");

    private HfFeatures() {}

    /** {@code {"info": {"features": {...}}}} for the columns of {@code row}, named in snake case as Carpet names them. */
    public static String metadata(Class<? extends Record> row) {
        ObjectNode o = Json.object();
        o.putObject("info").set("features", struct(row));
        return Json.line(o);
    }

    private static ObjectNode struct(Class<?> record) {
        ObjectNode fields = Json.object();
        for (RecordComponent c : record.getRecordComponents()) {
            fields.set(snakeCase(c.getName()), feature(c.getGenericType()));
        }
        return fields;
    }

    private static JsonNode feature(Type type) {
        if (type == ParquetRows.Image.class) {
            return Json.object().put("_type", "Image");
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return Json.MAPPER.createArrayNode().add(feature(p.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return struct(c);
        }
        String dtype = type instanceof Class<?> c ? DTYPES.get(c) : null;
        if (dtype == null) {
            throw new IllegalArgumentException("no Hugging Face feature for " + type.getTypeName());
        }
        return Json.object().put("dtype", dtype).put("_type", "Value");
    }

    /** {@code groundTruth} to {@code ground_truth}, as Carpet's {@code SNAKE_CASE} strategy writes column names. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
