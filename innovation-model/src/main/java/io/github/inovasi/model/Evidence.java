package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supporting document (dokumen pendukung, bukti dukung) attached to an answer: its kind,
 * letter number (nomor surat), date (tanggal surat), subject (tentang) and a link to the file.
 * Verifiers check that the evidence proves the level claimed and, for decrees and regulations,
 * that it is dated in the year of implementation.
 *
 * <pre>{@code
 * Evidence decree = Evidence.builder()
 *     .kind(EvidenceKind.DECREE)
 *     .number("188.45/123/KEP/HK/2024")
 *     .date(LocalDate.of(2024, 3, 4))
 *     .title("Penetapan inovasi daerah")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Evidence implements WithEvidence {
  Evidence() {}

  /**
   * Returns the kind of document (jenis dokumen).
   *
   * @return the kind
   */
  public abstract EvidenceKind kind();

  /**
   * Returns the letter or regulation number (nomor surat).
   *
   * @return the number, if the document has one
   */
  public abstract Optional<String> number();

  /**
   * Returns the document's date (tanggal surat).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the subject (tentang) or title of the document.
   *
   * @return the title, if given
   */
  public abstract Optional<String> title();

  /**
   * Returns a link to the file or page (tautan, berkas): an absolute URL, or a relative URI
   * naming an uploaded file such as {@code bukti/sk-inovasi-2024.pdf}.
   *
   * @return the link, if given
   */
  public abstract Optional<URI> link();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates evidence that has only a kind and a subject.
   *
   * @param kind the kind of document
   * @param title its subject (tentang)
   * @return the evidence
   * @throws InvalidValueException if the title is blank
   */
  public static Evidence of(EvidenceKind kind, String title) {
    return builder().kind(kind).title(title).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(number(), "Evidence.number");
    Checks.notBlank(title(), "Evidence.title");
  }

  /** Builds {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
