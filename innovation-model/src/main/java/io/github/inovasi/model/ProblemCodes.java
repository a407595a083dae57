package io.github.inovasi.model;

/**
 * The stable codes of the {@link Problem}s Inovasi's model reports, in one place. Codes are
 * part of the API: tools may match on them, and they never change meaning.
 *
 * <p>The first group are <em>construction invariants</em>: a builder throws {@link
 * InvalidValueException} with one of these codes, and a reader or the validator reports the
 * failure as a problem with the same code ({@link InvalidValueException#toProblem(Location)}).
 * The second group are <em>findings</em> about values that can be built but are wrong or
 * doubtful, reported by {@code io.github.inovasi.model.validation.AssessmentValidator}.
 */
public final class ProblemCodes {
  private ProblemCodes() {}

  // Construction invariants (thrown by builders).

  /** A required attribute was never set (builder). */
  public static final String MISSING_VALUE = "MISSING_VALUE";
  /** A text is blank where a value is given; absent values are left unset instead. */
  public static final String BLANK_TEXT = "BLANK_TEXT";
  /** A claimed level is outside 1 to 3, or a verified level outside 0 to 3. */
  public static final String LEVEL_OUT_OF_RANGE = "LEVEL_OUT_OF_RANGE";
  /** An indicator or measurement basis does not have exactly the levels 1, 2, 3 in order. */
  public static final String INDICATOR_LEVELS = "INDICATOR_LEVELS";
  /** An indicator code is not a number with an optional letter ({@code 16}, {@code 2a}). */
  public static final String INDICATOR_CODE_FORM = "INDICATOR_CODE_FORM";
  /** An indicator's number does not match its code. */
  public static final String INDICATOR_NUMBER_MISMATCH = "INDICATOR_NUMBER_MISMATCH";
  /** An indicator's weight is zero or negative. */
  public static final String WEIGHT_NOT_POSITIVE = "WEIGHT_NOT_POSITIVE";
  /** An indicator lists the same measurement basis code twice. */
  public static final String DUPLICATE_BASIS = "DUPLICATE_BASIS";
  /** A measurement basis code is not lower-case letters or digits. */
  public static final String BASIS_CODE_FORM = "BASIS_CODE_FORM";
  /** A latitude is outside -90 to 90 degrees. */
  public static final String LATITUDE_OUT_OF_RANGE = "LATITUDE_OUT_OF_RANGE";
  /** A longitude is outside -180 to 180 degrees. */
  public static final String LONGITUDE_OUT_OF_RANGE = "LONGITUDE_OUT_OF_RANGE";
  /** An edition id is not lower-case letters, digits, dots or hyphens. */
  public static final String EDITION_ID_FORM = "EDITION_ID_FORM";
  /** A region's code does not fit its level (a province needs {@code NN}, others {@code NN.NN}). */
  public static final String REGION_CODE_LEVEL = "REGION_CODE_LEVEL";
  /** An agency names itself as its parent. */
  public static final String AGENCY_OWN_PARENT = "AGENCY_OWN_PARENT";
  /**
   * Any other invalid value: a rule without a more specific code, such as a region code that
   * is not {@code NN} or {@code NN.NN}.
   */
  public static final String INVALID_VALUE = InvalidValueException.GENERIC_CODE;

  // Findings (reported by the validator on built values).

  /** A region code is not in the region directory. */
  public static final String UNKNOWN_REGION = "UNKNOWN_REGION";
  /** The assessed region is an administrative area, not an autonomous region. */
  public static final String REGION_NOT_AUTONOMOUS = "REGION_NOT_AUTONOMOUS";
  /** The assessed region's attributes differ from the directory's record (warning). */
  public static final String REGION_DIFFERS_FROM_DIRECTORY = "REGION_DIFFERS_FROM_DIRECTORY";
  /** Two innovations in one assessment share an id. */
  public static final String DUPLICATE_INNOVATION_ID = "DUPLICATE_INNOVATION_ID";
  /** Two agencies in one assessment share an id. */
  public static final String DUPLICATE_AGENCY_ID = "DUPLICATE_AGENCY_ID";
  /** An innovation, innovator or agency refers to an agency id the assessment does not list. */
  public static final String UNKNOWN_AGENCY = "UNKNOWN_AGENCY";
  /** An agency belongs to another region than the one assessed. */
  public static final String AGENCY_REGION_MISMATCH = "AGENCY_REGION_MISMATCH";
  /** The trial date (waktu uji coba) is after the implementation date (waktu penerapan). */
  public static final String TRIAL_AFTER_IMPLEMENTATION = "TRIAL_AFTER_IMPLEMENTATION";
  /** The renewal date (tanggal pembaharuan) is before the implementation date (warning). */
  public static final String RENEWAL_BEFORE_IMPLEMENTATION = "RENEWAL_BEFORE_IMPLEMENTATION";
  /** The stage does not fit the dates, e.g. penerapan without an implementation date (warning). */
  public static final String STAGE_DATE_MISMATCH = "STAGE_DATE_MISMATCH";
  /** The main affair is also listed among the other affairs (warning). */
  public static final String MAIN_AFFAIR_REPEATED = "MAIN_AFFAIR_REPEATED";
  /** A replication names the region that owns the innovation. */
  public static final String SELF_REPLICATION = "SELF_REPLICATION";
  /** The same region is listed twice as replicating an innovation (warning). */
  public static final String DUPLICATE_REPLICATION = "DUPLICATE_REPLICATION";
  /** A catalogue lists two indicators with the same code. */
  public static final String DUPLICATE_INDICATOR = "DUPLICATE_INDICATOR";
  /** An answer names an indicator the catalogue does not have. */
  public static final String UNKNOWN_INDICATOR = "UNKNOWN_INDICATOR";
  /** An SPD indicator was answered per innovation, or an SID indicator at region level. */
  public static final String WRONG_ASPECT = "WRONG_ASPECT";
  /** Two answers in one list answer the same indicator. */
  public static final String DUPLICATE_ANSWER = "DUPLICATE_ANSWER";
  /** An answer names a measurement basis its indicator does not have. */
  public static final String UNKNOWN_BASIS = "UNKNOWN_BASIS";
  /** An answer claims a level for an indicator with several bases without naming one. */
  public static final String MISSING_BASIS = "MISSING_BASIS";
  /** A mandatory (wajib) indicator has no claimed level (warning). */
  public static final String MISSING_MANDATORY_ANSWER = "MISSING_MANDATORY_ANSWER";
  /** A level is claimed without any evidence (warning). */
  public static final String CLAIM_WITHOUT_EVIDENCE = "CLAIM_WITHOUT_EVIDENCE";
  /** The verified level is higher than the level claimed, or set with no claim (warning). */
  public static final String VERIFIED_ABOVE_CLAIMED = "VERIFIED_ABOVE_CLAIMED";
}
