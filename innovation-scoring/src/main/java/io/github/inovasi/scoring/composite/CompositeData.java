package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a {@link Recipe} starts from (COINr's new coin): the framework, the unit table with
 * its groups, the raw indicator data and the denominators.
 *
 * <pre>{@code
 * CompositeData data = CompositeData.builder()
 *     .framework(framework)
 *     .addAllUnits(units)
 *     .raw(raw)                    // one column per indicator
 *     .denominators(denominators)  // optional, for Denominate
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class CompositeData implements WithCompositeData {
  CompositeData() {}

  /**
   * Returns the framework.
   *
   * @return the framework
   */
  public abstract Framework framework();

  /**
   * Returns the units, in row order of {@link #raw()}.
   *
   * @return the units
   */
  public abstract ImmutableList<Unit> units();

  /**
   * Returns the raw indicator data: one row per unit, at least one column per indicator.
   *
   * @return the raw data set
   */
  public abstract DataSet raw();

  /**
   * Returns the denominators (e.g. GDP, population), one row per unit.
   *
   * @return the denominators; no columns by default
   */
  @Value.Default
  public DataSet denominators() {
    return DataSet.of(raw().units(), List.of(), new double[raw().units().size()][0]);
  }

  /**
   * Returns a unit by code.
   *
   * @param code the unit code
   * @return the unit, if present
   */
  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(unitsByCode().get(code));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Lazy
  ImmutableMap<String, Unit> unitsByCode() {
    Map<String, Unit> out = new LinkedHashMap<>();
    for (Unit u : units()) {
      out.putIfAbsent(u.code(), u);
    }
    return ImmutableMap.copyOf(out);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    List<String> codes = units().stream().map(Unit::code).collect(ImmutableList.toImmutableList());
    if (!codes.equals(raw().units())) {
      problems.add(problem("UNITS_MISMATCH", "raw", "Unit pada data tidak sama dengan tabel unit",
          "The raw data's units differ from the unit table", raw().units().toString()));
    }
    if (!denominators().units().equals(raw().units())) {
      problems.add(problem("UNITS_MISMATCH", "denominators",
          "Unit penyebut tidak sama dengan data", "The denominators' units differ from the data",
          denominators().units().toString()));
    }
    for (Element e : framework().level(1)) {
      if (!raw().hasColumn(e.code())) {
        problems.add(problem("MISSING_DATA_COLUMN", "raw",
            "Indikator " + e.code() + " tidak punya kolom data",
            "Indicator " + e.code() + " has no data column", e.code()));
      }
      if (e.denominator().isPresent() && !denominators().hasColumn(e.denominator().get())) {
        problems.add(problem("MISSING_DENOMINATOR", "denominators",
            "Penyebut " + e.denominator().get() + " untuk " + e.code() + " tidak ada",
            "Denominator " + e.denominator().get() + " of " + e.code() + " has no column",
            e.denominator().get()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The composite data has " + problems.size()
          + " problem(s)", problems);
    }
  }

  private static Problem problem(String code, String path, String id, String en, String found) {
    return Problem.builder().code(code).location(Location.ofPath(path))
        .message(Label.of(id, en)).found(found).build();
  }

  /** Returns {@code "CompositeData[51 units, Framework[...]]"}. */
  @Override
  public String toString() {
    return "CompositeData[" + units().size() + " units, " + framework() + "]";
  }

  /** Builds {@link CompositeData}. */
  public static final class Builder extends ImmutableCompositeData.Builder {
    Builder() {}
  }
}
