package io.github.inovasi.io.table;

import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.kipp.EvaluatorScore;
import io.github.inovasi.scoring.kipp.KippCriterion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** KIPP evaluator scores: one row per proposal and evaluator, one column per criterion (0 to 100). */
final class KippScoreTable extends Table<EvaluatorScore> {
  static final KippScoreTable INSTANCE = new KippScoreTable();

  private static final Map<KippCriterion, String> CRITERIA = Map.of(
      KippCriterion.NOVELTY, "novelty", KippCriterion.EFFECTIVE, "effective",
      KippCriterion.BENEFICIAL, "beneficial", KippCriterion.REPLICABLE, "replicable",
      KippCriterion.SUSTAINABLE, "sustainable");

  private static final List<Column> COLUMNS = List.of(
      Column.required("id_proposal", "proposal_id"),
      Column.required("penilai", "evaluator"),
      Column.required("kebaruan", "novelty"),
      Column.required("efektif", "effective"),
      Column.required("bermanfaat", "beneficial"),
      Column.required("dapat_direplikasi", "replicable"),
      Column.required("berkelanjutan", "sustainable"));

  @Override
  String name() {
    return "kipp-scores";
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  EvaluatorScore read(RowCells row) {
    String id = row.required("proposal_id");
    String evaluator = row.required("evaluator");
    Map<KippCriterion, BigDecimal> scores = new EnumMap<>(KippCriterion.class);
    for (KippCriterion c : KippCriterion.values()) {
      String key = CRITERIA.get(c);
      BigDecimal value = row.requiredDecimal(key);
      if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
        row.invalid(key, "OUT_OF_RANGE", Label.of("Nilai harus 0 sampai 100", "A score must be 0 to 100"),
            "0 to 100", value.toPlainString());
      } else if (value != null) {
        scores.put(c, value);
      }
    }
    return row.ok() ? EvaluatorScore.of(id, evaluator, scores) : null;
  }

  @Override
  List<List<Object>> write(EvaluatorScore s) {
    List<Object> cells = new ArrayList<>(Arrays.asList(s.proposalId(), s.evaluator()));
    for (KippCriterion c : KippCriterion.values()) {
      cells.add(s.scores().get(c));
    }
    return List.of(cells);
  }

  @Override
  Object key(EvaluatorScore s) {
    return s.proposalId() + "\u0000" + s.evaluator();
  }
}
