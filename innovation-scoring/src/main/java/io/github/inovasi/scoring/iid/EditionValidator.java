package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consistency rules of an edition, shared by the builder check and the file reader (which
 * adds line and column to the JSON pointers used here).
 */
final class EditionValidator {
  private EditionValidator() {}

  /** What the rules are checked on: an edition, or the parts of a file read so far. */
  record Parts(int divisorFloor, int roundingScale, List<Band> bands, List<Indicator> spdIndicators,
      List<Indicator> sidIndicators, java.util.Optional<Maxima> maxima,
      java.util.Optional<CountRule> countRule, java.util.Set<EditionElement> provenance) {}

  static List<Problem> validate(IidEdition e) {
    return validate(new Parts(e.divisorFloor(), e.roundingScale(), e.bands(), e.spdIndicators(),
        e.sidIndicators(), e.maxima(), e.countRule(), e.provenance().keySet()));
  }

  static List<Problem> validate(Parts e) {
    List<Problem> out = new ArrayList<>();
    if (e.divisorFloor() < 1) {
      out.add(problem("DIVISOR_NOT_POSITIVE", "/formula/divisorFloor",
          "Batas bawah pembagi harus minimal 1", "The divisor floor must be at least 1",
          "an integer ≥ 1", String.valueOf(e.divisorFloor())));
    }
    if (e.roundingScale() < 0 || e.roundingScale() > 10) {
      out.add(problem("ROUNDING_SCALE", "/formula/rounding/scale",
          "Jumlah desimal pembulatan harus 0..10", "The rounding scale must be 0..10",
          "0..10", String.valueOf(e.roundingScale())));
    }
    validateBands(e, out);
    Set<String> codes = new HashSet<>();
    validateCatalogue(e.spdIndicators(), Aspect.SPD, "/spd/indicators", codes, out);
    validateCatalogue(e.sidIndicators(), Aspect.SID, "/sid/indicators", codes, out);
    if (e.sidIndicators().isEmpty()) {
      out.add(problem("SID_CATALOGUE_EMPTY", "/sid/indicators",
          "Katalog indikator SID kosong", "The SID indicator catalogue is empty",
          "at least one SID indicator", "none"));
    }
    validateMaxima(e, out);
    for (EditionElement element : EditionElement.values()) {
      if (!e.provenance().contains(element)) {
        out.add(problem("MISSING_PROVENANCE", pointerOf(element),
            "Asal-usul (provenance) tidak ada untuk " + element,
            "No provenance for " + element, "a provenance object", "none"));
      }
    }
    return out;
  }

  private static void validateBands(Parts e, List<Problem> out) {
    if (e.bands().isEmpty()) {
      out.add(problem("BANDS_EMPTY", "/bands/values", "Tidak ada rentang predikat",
          "There are no predicate bands", "bands covering 0..100", "none"));
      return;
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, e.roundingScale()));
    for (int i = 0; i < e.bands().size(); i++) {
      Band b = e.bands().get(i);
      if (b.from().scale() > e.roundingScale() || b.to().scale() > e.roundingScale()) {
        out.add(problem("BAND_EDGE_SCALE", "/bands/values/" + i,
            "Batas rentang lebih teliti dari pembulatan", "A band edge is finer than the rounding",
            "at most " + e.roundingScale() + " decimals", b.toString()));
      }
      if (i == 0) {
        continue;
      }
      Band prev = e.bands().get(i - 1);
      if (b.from().compareTo(prev.to()) <= 0) {
        boolean order = b.from().compareTo(prev.from()) < 0;
        out.add(problem(order ? "BANDS_OUT_OF_ORDER" : "BANDS_OVERLAP", "/bands/values/" + i,
            order ? "Rentang predikat tidak berurutan" : "Rentang predikat tumpang tindih",
            order ? "Bands are out of order" : "Bands overlap",
            "from above " + prev.to().toPlainString(), b.toString()));
      } else if (b.from().compareTo(prev.to().add(step)) != 0) {
        out.add(problem("BANDS_GAP", "/bands/values/" + i, "Ada celah di antara rentang predikat",
            "There is a gap between bands", "from " + prev.to().add(step).toPlainString(),
            b.from().toPlainString()));
      }
    }
    Band first = e.bands().get(0);
    Band last = e.bands().get(e.bands().size() - 1);
    if (first.from().signum() != 0 || last.to().compareTo(BigDecimal.valueOf(100)) != 0) {
      out.add(problem("BANDS_RANGE", "/bands/values", "Rentang predikat harus mencakup 0 sampai 100",
          "Bands must cover 0 to 100", "0 .. 100",
          first.from().toPlainString() + " .. " + last.to().toPlainString()));
    }
  }

  private static void validateCatalogue(
      List<Indicator> indicators, Aspect aspect, String base, Set<String> codes, List<Problem> out) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      String path = base + "/" + i;
      if (!codes.add(ind.code())) {
        out.add(problem("DUPLICATE_INDICATOR", path + "/code", "Kode indikator ganda",
            "Duplicate indicator code", "a code unique in the edition", ind.code()));
      }
      if (ind.aspect() != aspect) {
        out.add(problem("WRONG_ASPECT", path, "Indikator berada di katalog yang salah",
            "The indicator is in the wrong catalogue", aspect.name(), ind.aspect().name()));
      }
      for (int l = 0; l < ind.levels().size(); l++) {
        IndicatorLevel level = ind.levels().get(l);
        if (level.value() != l + 1) {
          out.add(problem("LEVELS", path + "/levels/" + l, "Tingkat parameter harus 1, 2, 3",
              "Parameter levels must be 1, 2, 3", String.valueOf(l + 1), String.valueOf(level.value())));
        }
      }
    }
  }

  private static void validateMaxima(Parts e, List<Problem> out) {
    if (e.maxima().isEmpty()) {
      return;
    }
    Maxima m = e.maxima().get();
    if (!e.spdIndicators().isEmpty()) {
      checkSum("spd", m.spd(), sumOfMaxScores(e.spdIndicators()), "SPD", out);
    }
    if (!e.sidIndicators().isEmpty()) {
      checkSum("sid", m.sid(), sumOfMaxScores(e.sidIndicators()), "SID", out);
    }
    e.countRule().ifPresent(rule -> checkSum("count", m.count(), rule.maximum(), "count", out));
  }

  private static void checkSum(String field, BigDecimal declared, BigDecimal actual, String what,
      List<Problem> out) {
    if (declared.compareTo(actual) != 0) {
      out.add(problem("MAXIMA_MISMATCH", "/maxima/" + field,
          "Skor maksimum " + what + " tidak sesuai dengan aturannya",
          "The " + what + " maximum does not match its rules",
          actual.toPlainString(), declared.toPlainString()));
    }
  }

  static BigDecimal sumOfMaxScores(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static String pointerOf(EditionElement element) {
    switch (element) {
      case EDITION: return "/provenance";
      case DIVISOR: return "/formula/divisorFloor";
      case ROUNDING: return "/formula/rounding";
      case COUNT_RULE: return "/countRule";
      case MAXIMA: return "/maxima";
      case BANDS: return "/bands";
      case SPD_CATALOGUE: return "/spd";
      case SID_CATALOGUE: return "/sid";
      case WINDOW: return "/eligibility/window";
      case DESIGN_WORDS: return "/eligibility/minDesignWords";
      case STAGES: return "/eligibility/stages";
      case MANDATORY_INDICATORS: return "/eligibility/mandatoryIndicators";
      case VERIFICATION: return "/eligibility/verification";
      default: throw new AssertionError(element);
    }
  }

  static Problem problem(String code, String pointer, String indonesian, String english,
      String expected, String found) {
    return Problem.builder()
        .code(code)
        .location(Location.ofPath(pointer))
        .message(Label.of(indonesian, english))
        .expected(expected)
        .found(found)
        .build();
  }
}
