package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.ScoreResult;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes scoring results (IID scores, breakdowns, rankings, year-over-year comparisons,
 * improvement plans) as JSON. The results are records of the scoring module; their components
 * are written in declaration order under their names, with the same conventions as the model
 * (codes for coded lists, exact decimals, optional parts omitted when empty). Model values use
 * their shapes. A component declared as the {@link ScoreResult} interface (a ranking entry) is
 * written as its summary: policy, region, index, rating and components.
 *
 * <p>Write-only: results are computed, not exchanged for reading back.
 */
final class ResultWriter {
  private ResultWriter() {}

  static void write(JsonGenerator out, Object value, Type declared) throws IOException {
    Codec<Object> codec = InovasiModule.codecFor(value.getClass());
    if (codec != null) {
      codec.write(out, value);
    } else if (value instanceof String) {
      out.writeString((String) value);
    } else if (value instanceof Boolean) {
      out.writeBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal) {
      out.writeNumber((BigDecimal) value);
    } else if (value instanceof Double) {
      out.writeNumber((Double) value);
    } else if (value instanceof RegionCode) {
      out.writeString(((RegionCode) value).value());
    } else if (value instanceof Enum) {
      out.writeString(enumText(value));
    } else if (value instanceof Collection) {
      out.writeStartArray();
      Type element = typeArgument(declared, 0);
      for (Object e : (Collection<?>) value) {
        write(out, e, element);
      }
      out.writeEndArray();
    } else if (value instanceof Map) {
      out.writeStartObject();
      Type element = typeArgument(declared, 1);
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.writeFieldName(e.getKey() instanceof Enum ? enumText(e.getKey()) : String.valueOf(e.getKey()));
        write(out, e.getValue(), element);
      }
      out.writeEndObject();
    } else if (value instanceof RankingCategory) {
      RankingCategory c = (RankingCategory) value;
      out.writeStartObject();
      out.writeStringField("id", c.id());
      out.writeFieldName("label");
      ModelShapes.LABEL.write(out, c.label());
      out.writeEndObject();
    } else if (declared == ScoreResult.class) {
      summary(out, (ScoreResult) value);
    } else if (value instanceof Record) {
      record(out, (Record) value);
    } else {
      valueObject(out, value);
    }
  }

  /** A score as a ranking shows it. */
  static void summary(JsonGenerator out, ScoreResult result) throws IOException {
    out.writeStartObject();
    out.writeStringField("policyId", result.policyId());
    out.writeFieldName("region");
    ModelShapes.REGION.write(out, result.region());
    out.writeFieldName("index");
    out.writeNumber(result.index());
    out.writeStringField("rating", result.grade().code());
    out.writeFieldName("components");
    write(out, result.components(), null);
    out.writeEndObject();
  }

  private static void record(JsonGenerator out, Record value) throws IOException {
    out.writeStartObject();
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      field(out, c.getName(), invoke(c.getAccessor(), value), c.getGenericType());
    }
    out.writeEndObject();
  }

  /**
   * An Immutables value (such as {@code Maxima}): its public abstract accessors, read through
   * the public hand-written type (the generated class is not accessible), in name order.
   */
  private static void valueObject(JsonGenerator out, Object value) throws IOException {
    Class<?> type = value.getClass();
    while (type != null && !Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    if (type == null || type == Object.class) {
      throw new InovasiException("cannot write " + value.getClass().getName() + " as JSON");
    }
    out.writeStartObject();
    for (Method m : accessors(type)) {
      field(out, m.getName(), invoke(m, value), m.getGenericReturnType());
    }
    out.writeEndObject();
  }

  /** The accessors of an Immutables value's public type: public, abstract, no parameters, in name order. */
  static Method[] accessors(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isAbstract(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .sorted(Comparator.comparing(Method::getName))
        .toArray(Method[]::new);
  }

  private static void field(JsonGenerator out, String name, Object value, Type declared) throws IOException {
    if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      if (o.isPresent()) {
        out.writeFieldName(name);
        write(out, o.get(), typeArgument(declared, 0));
      }
    } else if (value instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) value;
      if (o.isPresent()) {
        out.writeNumberField(name, o.getAsInt());
      }
    } else if (value != null) {
      out.writeFieldName(name);
      write(out, value, declared);
    }
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new InovasiException("cannot read " + accessor.getName() + " of " + target.getClass().getSimpleName(), e);
    }
  }

  private static String enumText(Object value) {
    return value instanceof CodedValue ? ((CodedValue) value).code() : ((Enum<?>) value).name();
  }

  private static Type typeArgument(Type declared, int index) {
    if (declared instanceof ParameterizedType) {
      Type[] args = ((ParameterizedType) declared).getActualTypeArguments();
      return index < args.length ? args[index] : null;
    }
    return null;
  }
}
