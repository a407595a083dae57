package io.github.inovasi.model;

/**
 * An entry of a code list: a stable upper-snake-case code, as used in the IID application and
 * in files ({@code "PENERAPAN"}, {@code "TATA_KELOLA"}), and a bilingual label for display.
 * Implemented by the code-list enums ({@link Stage}, {@link InnovationForm}, {@link
 * GovernmentAffair}, ...), each of which also offers a static {@code ofCode(String)} lookup.
 *
 * <pre>{@code
 * CodedValue stage = Stage.ofCode("uji_coba");
 * stage.code();  // "UJI_COBA"
 * stage.label(); // "Uji coba / Trial"
 * }</pre>
 */
public interface CodedValue {

  /**
   * Returns the stable code, upper snake case, in Indonesian as in the IID application.
   *
   * @return the code, e.g. {@code "UJI_COBA"}
   */
  String code();

  /**
   * Returns the bilingual name shown to people.
   *
   * @return the label
   */
  Label label();
}
