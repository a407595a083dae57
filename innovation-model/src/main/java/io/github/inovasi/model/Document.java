package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document attached to an innovation profile, such as the budget document (anggaran) or the
 * business profile (profil bisnis): its title, a link to the file and its date.
 *
 * <pre>{@code
 * Document budget = Document.builder()
 *     .title("DPA Dinas Kesehatan 2025")
 *     .link(URI.create("https://example.org/dpa-2025.pdf"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Document implements WithDocument {
  Document() {}

  /**
   * Returns the document's title (judul).
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns a link to the file (tautan berkas).
   *
   * @return the link, if given
   */
  public abstract Optional<URI> link();

  /**
   * Returns the document's date (tanggal).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> date();

  /**
   * Creates a document with only a title.
   *
   * @param title the title
   * @return the document
   * @throws InvalidValueException if the title is blank
   */
  public static Document of(String title) {
    return builder().title(title).build();
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
    Checks.notBlank(title(), "Document.title");
  }

  /** Builds {@link Document}s. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
