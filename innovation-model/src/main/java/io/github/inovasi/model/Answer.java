package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The answer to one indicator: the level the region claims (pilihan parameter), the
 * measurement basis chosen when the indicator has several, the supporting evidence, and the
 * level a verifier accepted, kept side by side with the claim.
 *
 * <p>Claimed levels are 1 to 3 (empty when nothing was chosen); verified levels are 0 to 3
 * (empty when not yet verified, 0 when the verifier found no valid evidence). These ranges are
 * construction invariants: a value outside them cannot be built. Whether the indicator exists
 * or the basis is one it has is checked against a catalogue by the validator.
 *
 * <pre>{@code
 * Answer regulation = Answer.builder()
 *     .indicatorCode("16")
 *     .claimedLevel(3)
 *     .addEvidence(Evidence.of(EvidenceKind.REGULATION, "Perda inovasi daerah"))
 *     .verifiedLevel(2)
 *     .verifierNote("Perda tidak menyebut nama inovasi; SK Kepala Daerah diterima")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Answer implements WithAnswer {
  Answer() {}

  /**
   * Returns the code of the indicator answered, as in the edition's catalogue.
   *
   * @return the indicator code, e.g. {@code "16"} or {@code "2a"}
   */
  public abstract String indicatorCode();

  /**
   * Returns the level the region claims (parameter yang dipilih).
   *
   * @return 1 to 3, or empty when nothing was chosen
   */
  public abstract OptionalInt claimedLevel();

  /**
   * Returns the code of the measurement basis chosen (dasar pengukuran), for an indicator
   * that has several.
   *
   * @return the basis code, e.g. {@code "a"}, if one was chosen
   */
  public abstract Optional<String> basis();

  /**
   * Returns the supporting documents (bukti dukung).
   *
   * @return the evidence, possibly empty
   */
  public abstract ImmutableList<Evidence> evidence();

  /**
   * Returns the level the verifier accepted (hasil verifikasi/validasi).
   *
   * @return 0 to 3, or empty when not verified yet; 0 means no valid evidence
   */
  public abstract OptionalInt verifiedLevel();

  /**
   * Returns the verifier's note (catatan verifikator).
   *
   * @return the note, if any
   */
  public abstract Optional<String> verifierNote();

  /**
   * Returns the level to score: the verified level when there is one, else the claimed level.
   *
   * @return 0 to 3; 0 when nothing was chosen
   */
  public final int effectiveLevel() {
    return verifiedLevel().orElse(claimedLevel().orElse(0));
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
   * Creates an unverified answer claiming a level, without evidence.
   *
   * @param indicatorCode the indicator code, e.g. {@code "16"}
   * @param claimedLevel 1 to 3
   * @return the answer
   * @throws InvalidValueException if the code is blank or the level outside 1 to 3
   */
  public static Answer of(String indicatorCode, int claimedLevel) {
    return builder().indicatorCode(indicatorCode).claimedLevel(claimedLevel).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorCode(), "Answer.indicatorCode");
    Checks.level(claimedLevel(), 1, "Answer.claimedLevel");
    Checks.level(verifiedLevel(), 0, "Answer.verifiedLevel");
    Checks.notBlank(basis(), "Answer.basis");
    Checks.notBlank(verifierNote(), "Answer.verifierNote");
  }

  /** Builds {@link Answer}s. */
  public static final class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }
}
