package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person behind an innovation (inovator): name, the agency or unit they work in, their role
 * and a contact.
 *
 * <pre>{@code
 * Innovator lead = Innovator.builder().name("dr. Maria Ndun").agencyId("dinkes").role("Kepala Puskesmas").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Innovator implements WithInnovator {
  Innovator() {}

  /**
   * Returns the innovator's name (nama inovator).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the id of the agency or unit the innovator works in ({@link Agency#id()}).
   *
   * @return the agency id, if known
   */
  public abstract Optional<String> agencyId();

  /**
   * Returns the innovator's role or position (jabatan / peran).
   *
   * @return the role, if given
   */
  public abstract Optional<String> role();

  /**
   * Returns a contact: an e-mail address or telephone number (kontak).
   *
   * @return the contact, if given
   */
  public abstract Optional<String> contact();

  /**
   * Creates an innovator with only a name.
   *
   * @param name the name
   * @return the innovator
   * @throws InvalidValueException if the name is blank
   */
  public static Innovator of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Innovator.name");
    Checks.notBlank(agencyId(), "Innovator.agencyId");
    Checks.notBlank(role(), "Innovator.role");
    Checks.notBlank(contact(), "Innovator.contact");
  }

  /** Builds {@link Innovator}s. */
  public static final class Builder extends ImmutableInnovator.Builder {
    Builder() {}
  }
}
