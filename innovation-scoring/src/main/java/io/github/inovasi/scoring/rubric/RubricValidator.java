package io.github.inovasi.scoring.rubric;

import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consistency rules of a rubric, shared by the builder check and the file reader (which adds
 * line and column to the JSON pointers used here).
 */
final class RubricValidator {
  private RubricValidator() {}

  static List<Problem> validate(Rubric r) {
    List<Problem> out = new ArrayList<>();
    if (r.criteria().isEmpty()) {
      out.add(problem("CRITERIA_EMPTY", "/criteria", "Rubrik tidak memiliki kriteria",
          "The rubric has no criteria", "at least one criterion", "none"));
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < r.criteria().size(); i++) {
      String code = r.criteria().get(i).code();
      if (!codes.add(code)) {
        out.add(problem("DUPLICATE_CRITERION", "/criteria/" + i + "/code",
            "Kode kriteria ganda: " + code, "Duplicate criterion code: " + code,
            "a unique code", code));
      }
    }
    if (r.roundingScale() < 0 || r.roundingScale() > 10) {
      out.add(problem("ROUNDING_SCALE", "/rounding/scale", "Jumlah desimal pembulatan harus 0..10",
          "The rounding scale must be 0..10", "0..10", String.valueOf(r.roundingScale())));
    }
    boolean unknown = r.scaleProvenance().status() == ProvenanceStatus.UNKNOWN;
    if (r.scale().isEmpty() != unknown) {
      out.add(problem("SCALE_STATUS", "/scale/provenance/status",
          "Skala tanpa nilai harus berstatus unknown, dan skala berstatus unknown tidak diberi nilai",
          "A scale without values must have status unknown, and only such a scale",
          r.scale().isEmpty() ? "unknown" : "a status other than unknown",
          r.scaleProvenance().status().code()));
    }
    if (r.assumedScale().isPresent() != r.assumptionProvenance().isPresent()) {
      out.add(problem("ASSUMPTION_PROVENANCE", "/assumptions",
          "Asumsi memerlukan skala dan asal-usulnya", "An assumption needs a scale and a provenance",
          "scale and provenance", "one of them"));
    }
    r.assumptionProvenance().ifPresent(p -> {
      if (p.status() != ProvenanceStatus.PROVISIONAL) {
        out.add(problem("ASSUMPTION_NOT_PROVISIONAL", "/assumptions/provenance/status",
            "Asumsi harus berstatus provisional", "An assumption must have status provisional",
            "provisional", p.status().code()));
      }
    });
    if (r.bands().isEmpty() != r.bandsProvenance().isEmpty()) {
      out.add(problem("MISSING_PROVENANCE", "/bands/provenance",
          "Rentang predikat memerlukan asal-usul", "Bands need a provenance", "a provenance", "none"));
    }
    if (r.missing().isEmpty() && !r.criteria().isEmpty() && r.roundingScale() >= 0
        && r.roundingScale() <= 10) {
      validateBands(r, out);
    }
    return out;
  }

  private static void validateBands(Rubric r, List<Problem> out) {
    if (r.bands().isEmpty()) {
      return;
    }
    RubricMath.Range range = RubricMath.range(r);
    BigDecimal low = range.minimum().setScale(r.roundingScale(), r.roundingMode());
    BigDecimal high = range.maximum().setScale(r.roundingScale(), r.roundingMode());
    BigDecimal step = BigDecimal.ONE.movePointLeft(r.roundingScale());
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < r.bands().size(); i++) {
      RubricBand b = r.bands().get(i);
      String at = "/bands/values/" + i;
      if (!codes.add(b.code())) {
        out.add(problem("DUPLICATE_BAND", at + "/code", "Kode predikat ganda: " + b.code(),
            "Duplicate band code: " + b.code(), "a unique code", b.code()));
      }
      if (b.from().stripTrailingZeros().scale() > r.roundingScale()
          || b.to().stripTrailingZeros().scale() > r.roundingScale()) {
        out.add(problem("BAND_EDGE_SCALE", at, "Batas rentang lebih teliti dari pembulatan",
            "A band edge is finer than the rounding", "at most " + r.roundingScale() + " decimals",
            b.from().toPlainString() + "–" + b.to().toPlainString()));
      }
      BigDecimal expected = i == 0 ? low : r.bands().get(i - 1).to().add(step);
      if (b.from().compareTo(expected) != 0) {
        out.add(problem(i == 0 ? "BANDS_NOT_COVERING" : "BANDS_GAP_OR_OVERLAP", at + "/from",
            i == 0 ? "Rentang pertama harus mulai di skor terendah"
                : "Rentang harus menyambung tanpa celah atau tumpang tindih",
            i == 0 ? "The first band must start at the lowest score"
                : "Bands must follow each other without gap or overlap",
            expected.toPlainString(), b.from().toPlainString()));
      }
    }
    RubricBand last = r.bands().get(r.bands().size() - 1);
    if (last.to().compareTo(high) != 0) {
      out.add(problem("BANDS_NOT_COVERING", "/bands/values/" + (r.bands().size() - 1) + "/to",
          "Rentang terakhir harus berakhir di skor tertinggi",
          "The last band must end at the highest score", high.toPlainString(),
          last.to().toPlainString()));
    }
  }

  static Problem problem(String code, String pointer, String id, String en, String expected,
      String found) {
    return Problem.builder()
        .code(code)
        .location(Location.ofPath(pointer))
        .message(Label.of(id, en))
        .expected(expected)
        .found(found)
        .build();
  }

}
