package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import java.util.Map;

/**
 * What a {@link Step} may read besides its input: the framework, the unit table, the
 * denominators and every data set written before it.
 *
 * <p>Immutable and thread-safe.
 */
public final class StepContext {
  private final CompositeData data;
  private final Framework framework;
  private final ImmutableMap<String, DataSet> dataSets;

  StepContext(CompositeData data, Framework framework, Map<String, DataSet> dataSets) {
    this.data = data;
    this.framework = framework;
    this.dataSets = ImmutableMap.copyOf(dataSets);
  }

  /**
   * Returns the context of a step run outside a recipe (to try a step of one's own): the
   * framework is the data's.
   *
   * <pre>{@code
   * DataSet raw = data.raw();
   * StepOutput out = myStep.apply(StepContext.of(data, Map.of("Raw", raw)), raw);
   * }</pre>
   *
   * @param data the data
   * @param dataSets the data sets written before the step, by name
   * @return the context
   */
  public static StepContext of(CompositeData data, Map<String, DataSet> dataSets) {
    return new StepContext(data, data.framework(), dataSets);
  }

  /**
   * Returns the context of a step that runs with other weights than the data's framework (after
   * a step that derived weights, such as {@link Weight}).
   *
   * @param data the data
   * @param framework the framework in force: the data's, possibly reweighted
   * @param dataSets the data sets written before the step, by name
   * @return the context
   */
  public static StepContext of(CompositeData data, Framework framework,
      Map<String, DataSet> dataSets) {
    return new StepContext(data, framework, dataSets);
  }

  /**
   * Returns the input data: units, raw data, denominators.
   *
   * @return the composite data
   */
  public CompositeData data() {
    return data;
  }

  /**
   * Returns the framework in force (the data's framework, possibly reweighted).
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns a data set written before this step.
   *
   * @param name e.g. {@code "Raw"} or {@code "Denominated"}
   * @return the data set
   * @throws InvalidValueException if no data set has that name yet
   */
  public DataSet dataSet(String name) {
    DataSet d = dataSets.get(name);
    if (d == null) {
      throw new InvalidValueException("Step.input", "no data set '" + name + "' yet; have "
          + dataSets.keySet());
    }
    return d;
  }
}
