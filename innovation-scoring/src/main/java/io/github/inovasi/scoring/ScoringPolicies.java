package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.internal.BuiltInPolicyProvider;
import io.github.inovasi.scoring.spi.ScoringPolicyProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * A registry of {@link ScoringPolicy scoring policies} by id: the built-in IID editions first,
 * then the policies of every {@link ScoringPolicyProvider} that {@link ServiceLoader} finds (the
 * library's bundled rubrics among them, then those of provider jars). The registry is a value,
 * created per class loader; nothing is registered globally.
 *
 * <pre>{@code
 * ScoringPolicies registry = ScoringPolicies.standard();
 * registry.ids();   // [iid-2023, iid-2026, iid-2027, iga-2023-presentation, ...]
 * ScoringPolicy p = registry.of("iid-2026");
 * ScoringPolicies mine = ScoringPolicies.load(pluginClassLoader);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringPolicies {
  private final ImmutableMap<String, ScoringPolicy> byId;

  private ScoringPolicies(ImmutableMap<String, ScoringPolicy> byId) {
    this.byId = byId;
  }

  /**
   * Returns the registry of the library's own class loader, loaded once.
   *
   * @return the standard registry
   * @throws InovasiException if a provider cannot be loaded or two policies share an id
   */
  public static ScoringPolicies standard() {
    return Standard.INSTANCE;
  }

  /**
   * Loads a registry: the built-in policies, then those of every provider visible to a class
   * loader, in {@link ServiceLoader} order.
   *
   * @param loader the class loader to search for providers
   * @return the registry
   * @throws InovasiException if a provider cannot be loaded or fails (the cause is kept), or
   *     two policies share an id
   */
  public static ScoringPolicies load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<ScoringPolicy> policies = new ArrayList<>(new BuiltInPolicyProvider().policies());
    try {
      ServiceLoader<ScoringPolicyProvider> services =
          ServiceLoader.load(ScoringPolicyProvider.class, loader);
      services.stream()
          .filter(p -> p.type() != BuiltInPolicyProvider.class)
          .forEach(p -> policies.addAll(policiesOf(p)));
    } catch (ServiceConfigurationError e) {
      throw new InovasiException("Cannot load scoring policy providers: " + e.getMessage(), e);
    }
    return from(policies);
  }

  private static List<ScoringPolicy> policiesOf(ServiceLoader.Provider<ScoringPolicyProvider> p) {
    List<ScoringPolicy> out;
    try {
      out = p.get().policies();
    } catch (InovasiException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InovasiException(
          "Scoring policy provider " + p.type().getName() + " failed: " + e, e);
    }
    if (out == null) {
      throw new InovasiException(
          "Scoring policy provider " + p.type().getName() + " returned null instead of a list");
    }
    return out;
  }

  /**
   * Creates a registry of the given policies, in order.
   *
   * @param policies the policies
   * @return the registry
   * @throws InovasiException if two policies share an id (naming it and both classes)
   */
  public static ScoringPolicies from(List<? extends ScoringPolicy> policies) {
    Map<String, ScoringPolicy> map = new LinkedHashMap<>();
    for (ScoringPolicy policy : policies) {
      Objects.requireNonNull(policy, "policy");
      ScoringPolicy before = map.putIfAbsent(policy.id(), policy);
      if (before != null) {
        throw new InovasiException("Duplicate scoring policy id '" + policy.id() + "': "
            + before.getClass().getName() + " and " + policy.getClass().getName());
      }
    }
    return new ScoringPolicies(ImmutableMap.copyOf(map));
  }

  /**
   * Returns a registry with one more policy.
   *
   * @param policy the policy to add
   * @return a new registry
   * @throws InovasiException if the id is already taken
   */
  public ScoringPolicies plus(ScoringPolicy policy) {
    List<ScoringPolicy> all = new ArrayList<>(byId.values());
    all.add(policy);
    return from(all);
  }

  /**
   * Returns the policy with an id.
   *
   * @param id the policy id, e.g. {@code "iid-2026"}
   * @return the policy
   * @throws UnknownPolicyException naming the id and listing the available ids
   */
  public ScoringPolicy of(String id) {
    ScoringPolicy policy = byId.get(id);
    if (policy == null) {
      throw new UnknownPolicyException(id, ids());
    }
    return policy;
  }

  /**
   * Finds the policy with an id.
   *
   * @param id the policy id
   * @return the policy, if registered
   */
  public Optional<ScoringPolicy> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the ids, built-ins first.
   *
   * @return the ids in registration order
   */
  public ImmutableList<String> ids() {
    return byId.keySet().asList();
  }

  /**
   * Returns the policies, built-ins first.
   *
   * @return the policies in registration order
   */
  public ImmutableList<ScoringPolicy> all() {
    return byId.values().asList();
  }

  /** Returns {@code "ScoringPolicies[iid-2023, iid-2026, ...]"}. */
  @Override
  public String toString() {
    return "ScoringPolicies" + ids();
  }

  private static final class Standard {
    static final ScoringPolicies INSTANCE = load(ScoringPolicies.class.getClassLoader());
  }
}
