package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.immutables.value.Value;

/**
 * The structure of a composite index (kerangka indeks komposit; COINr's iMeta): indicators at
 * level 1 grouped into aggregates at level 2 and up, any number of levels, with one element at
 * the top or several. Each element names its parent; weights are relative within a parent.
 *
 * <pre>{@code
 * Framework f = Framework.of(List.of(
 *     Element.builder().code("A").level(1).parent("P").build(),
 *     Element.builder().code("B").level(1).parent("P").weight(2).build(),
 *     Element.builder().code("P").level(2).build()));
 * f.effectiveWeights(); // {A=0.333.., B=0.666.., P=1.0}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Framework {
  Framework() {}

  /**
   * Returns every element, indicators first as given.
   *
   * @return the elements
   */
  public abstract ImmutableList<Element> elements();

  /**
   * Returns optional names of the levels, from level 1 up (e.g. Indicator, Pillar, Sub-index,
   * Index).
   *
   * @return the level names; empty or one per level
   */
  public abstract ImmutableList<String> levelNames();

  /**
   * Creates a framework.
   *
   * @param elements the elements
   * @return the framework
   * @throws InvalidInputException listing every problem (missing parent, cycle, ...)
   */
  public static Framework of(List<Element> elements) {
    return builder().addAllElements(elements).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a list of elements and returns every problem found: a repeated code, a parent that
   * does not exist or is not one level up, a cycle, an element below the top without a parent,
   * an aggregate without children, no indicators.
   *
   * @param elements the elements to check
   * @param locator where element {@code i}'s field (e.g. {@code "Parent"}) is, for the problems
   * @return the problems, empty when the elements make a valid framework
   */
  public static ImmutableList<Problem> validate(
      List<Element> elements, BiFunction<Integer, String, Location> locator) {
    List<Problem> out = new ArrayList<>();
    Map<String, Integer> byCode = new HashMap<>();
    int maxLevel = 0;
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      maxLevel = Math.max(maxLevel, e.level());
      if (byCode.putIfAbsent(e.code(), i) != null) {
        out.add(problem("DUPLICATE_ELEMENT", locator.apply(i, "iCode"),
            "Kode elemen berulang: " + e.code(), "Element code repeats: " + e.code(), e.code()));
      }
    }
    if (elements.stream().noneMatch(Element::isIndicator)) {
      out.add(problem("NO_INDICATORS", locator.apply(0, "Level"),
          "Tidak ada indikator (level 1)", "No indicators (level 1)", null));
    }
    Set<String> withChildren = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      if (e.parent().isEmpty()) {
        if (e.level() < maxLevel) {
          out.add(problem("MISSING_PARENT", locator.apply(i, "Parent"),
              e.code() + " di bawah level puncak tetapi tanpa induk",
              e.code() + " is below the top level " + maxLevel + " but has no parent", ""));
        }
        continue;
      }
      String p = e.parent().get();
      Integer pi = byCode.get(p);
      if (pi == null) {
        out.add(problem("UNKNOWN_PARENT", locator.apply(i, "Parent"),
            "Induk " + p + " dari " + e.code() + " tidak ada",
            "Parent " + p + " of " + e.code() + " does not exist", p));
        continue;
      }
      withChildren.add(p);
      Element parent = elements.get(pi);
      if (parent.level() != e.level() + 1) {
        out.add(problem("PARENT_LEVEL", locator.apply(i, "Parent"),
            "Induk " + p + " harus satu level di atas " + e.code(),
            "Parent " + p + " (level " + parent.level() + ") must be one level above "
                + e.code() + " (level " + e.level() + ")", p));
      }
    }
    addCycles(elements, byCode, locator, out);
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      if (!e.isIndicator() && !withChildren.contains(e.code())) {
        out.add(problem("EMPTY_AGGREGATE", locator.apply(i, "iCode"),
            "Agregat " + e.code() + " tidak punya anggota",
            "Aggregate " + e.code() + " has no children", e.code()));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static void addCycles(List<Element> elements, Map<String, Integer> byCode,
      BiFunction<Integer, String, Location> locator, List<Problem> out) {
    for (int i = 0; i < elements.size(); i++) {
      Set<String> seen = new HashSet<>();
      Element e = elements.get(i);
      seen.add(e.code());
      Optional<String> p = e.parent();
      while (p.isPresent() && byCode.containsKey(p.get())) {
        if (!seen.add(p.get())) {
          if (p.get().equals(e.code())) {
            out.add(problem("CYCLE", locator.apply(i, "Parent"),
                "Siklus induk melalui " + e.code(), "Parent cycle through " + e.code()
                    + ": " + seen, e.parent().get()));
          }
          break;
        }
        p = elements.get(byCode.get(p.get())).parent();
      }
    }
  }

  private static Problem problem(String code, Location at, String id, String en, String found) {
    Problem.Builder b = Problem.builder().code(code).location(at).message(Label.of(id, en));
    if (found != null) {
      b.found(found);
    }
    return b.build();
  }

  @Value.Check
  void check() {
    List<Problem> problems =
        validate(elements(), (i, field) -> Location.builder().path("elements[" + i + "]")
            .field(field).build());
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The framework has " + problems.size() + " problem(s)",
          problems);
    }
    InvalidValueException.check(levelNames().isEmpty() || levelNames().size() == maxLevel(),
        "Framework.levelNames", "needs one name per level (%s), had %s", maxLevel(), levelNames());
  }

  /**
   * Returns the number of levels (the highest level).
   *
   * @return the top level
   */
  @Value.Lazy
  public int maxLevel() {
    return elements().stream().mapToInt(Element::level).max().orElse(0);
  }

  @Value.Lazy
  ImmutableListMultimap<Integer, Element> byLevel() {
    return Multimaps.index(elements(), Element::level);
  }

  @Value.Lazy
  ImmutableListMultimap<String, Element> byParent() {
    ImmutableListMultimap.Builder<String, Element> b = ImmutableListMultimap.builder();
    for (Element e : elements()) {
      e.parent().ifPresent(p -> b.put(p, e));
    }
    return b.build();
  }

  @Value.Lazy
  ImmutableMap<String, Element> byCode() {
    ImmutableMap.Builder<String, Element> b = ImmutableMap.builder();
    elements().forEach(e -> b.put(e.code(), e));
    return b.buildOrThrow();
  }

  /**
   * Returns an element by code.
   *
   * @param code the element code
   * @return the element, if present
   */
  public Optional<Element> find(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /**
   * Returns an element by code.
   *
   * @param code the element code
   * @return the element
   * @throws InvalidValueException if no element has that code
   */
  public Element element(String code) {
    Element e = byCode().get(code);
    if (e == null) {
      throw new InvalidValueException("Framework.element", "no element '" + code + "'");
    }
    return e;
  }

  /**
   * Returns the elements at one level, in framework order.
   *
   * @param level the level, 1 for indicators
   * @return the elements
   */
  public ImmutableList<Element> level(int level) {
    return byLevel().get(level);
  }

  /**
   * Returns the codes of the elements at one level, in framework order.
   *
   * @param level the level, 1 for indicators
   * @return the codes
   */
  public ImmutableList<String> codes(int level) {
    return level(level).stream().map(Element::code).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the indicator codes, in framework order.
   *
   * @return the level-1 codes
   */
  public ImmutableList<String> indicators() {
    return codes(1);
  }

  /**
   * Returns the children of an aggregate, in framework order.
   *
   * @param code the aggregate's code
   * @return its children, empty for an indicator
   */
  public ImmutableList<Element> children(String code) {
    return byParent().get(code);
  }

  /**
   * Returns the indicators under an element (itself for an indicator).
   *
   * @param code an element code
   * @return the indicator codes below it, in framework order
   */
  public ImmutableList<String> indicatorsUnder(String code) {
    return indicators().stream()
        .filter(i -> i.equals(code) || ancestors(i).contains(code))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns an element's ancestors from its parent up to the top.
   *
   * @param code an element code
   * @return the ancestor codes
   */
  public ImmutableList<String> ancestors(String code) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    Optional<String> p = element(code).parent();
    while (p.isPresent()) {
      out.add(p.get());
      p = element(p.get()).parent();
    }
    return out.build();
  }

  /**
   * Returns each element's weight as given.
   *
   * @return weights by element code, in framework order
   */
  public ImmutableMap<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    elements().forEach(e -> out.put(e.code(), e.weight()));
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the same framework with some weights replaced.
   *
   * @param replacements new weights by element code
   * @return the reweighted framework
   * @throws InvalidValueException if a code is unknown or a weight is negative or not finite
   */
  public Framework withWeights(Map<String, Double> replacements) {
    replacements.keySet().forEach(this::element);
    List<Element> out = new ArrayList<>();
    for (Element e : elements()) {
      Double w = replacements.get(e.code());
      out.add(w == null ? e : e.withWeight(w));
    }
    return builder().from(this).elements(out).build();
  }

  /**
   * Returns the effective weights (COINr's {@code get_eff_wts}): weights are scaled to sum to
   * one within each parent (and among the top elements), then multiplied down the tree, so the
   * effective weights of each level sum to one.
   *
   * @return effective weights by element code
   */
  public ImmutableMap<String, Double> effectiveWeights() {
    Map<String, Double> share = new HashMap<>();
    Map<String, Double> sums = new HashMap<>();
    for (Element e : elements()) {
      sums.merge(e.parent().orElse(""), e.weight(), Double::sum);
    }
    for (Element e : elements()) {
      share.put(e.code(), e.weight() / sums.get(e.parent().orElse("")));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Element e : elements()) {
      out.put(e.code(), effective(e, share));
    }
    return ImmutableMap.copyOf(out);
  }

  private double effective(Element e, Map<String, Double> share) {
    // share of the element times its parent's effective weight, as COINr multiplies top down
    return e.parent().map(p -> share.get(e.code()) * effective(element(p), share))
        .orElse(share.get(e.code()));
  }

  /** Returns {@code "Framework[49 indicators, 4 levels]"}. */
  @Override
  public String toString() {
    return "Framework[" + indicators().size() + " indicators, " + maxLevel() + " levels]";
  }

  /** Builds {@link Framework}s. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
