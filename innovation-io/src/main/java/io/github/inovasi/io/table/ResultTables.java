package io.github.inovasi.io.table;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.Loss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The export-only tables of scoring results: rankings and breakdowns. */
final class ResultTables {
  private ResultTables() {}

  /** One row per ranked region: category, rank, region, index (exact), rating. */
  static final Table<Ranking> RANKINGS =
      new ExportOnly<>("rankings") {
        @Override
        List<Column> columns() {
          return List.of(
              Column.required("kategori", "category"),
              Column.required("peringkat", "rank"),
              Column.required("kode_wilayah", "region_code"),
              Column.required("nama_wilayah", "region_name"),
              Column.required("indeks", "index"),
              Column.required("predikat", "rating"),
              Column.required("kebijakan", "policy"));
        }

        @Override
        List<List<Object>> write(Ranking ranking) {
          List<List<Object>> rows = new ArrayList<>();
          for (Ranking.Entry e : ranking.entries()) {
            rows.add(
                Arrays.asList(
                    ranking.category().id(),
                    e.rank(),
                    e.result().region().code().value(),
                    e.result().region().name(),
                    e.result().index(),
                    e.result().rating().label().indonesian(),
                    e.result().policyId()));
          }
          return rows;
        }
      };

  /**
   * One row per breakdown line: where the points came from and where they were lost, the
   * losses as {@code REASON=points} separated by {@code ;}. The lines add up to the index.
   */
  static final Table<IidScore> BREAKDOWNS =
      new ExportOnly<>("breakdowns") {
        @Override
        List<Column> columns() {
          return List.of(
              Column.required("kode_wilayah", "region_code"),
              Column.required("bagian", "part"),
              Column.required("kode", "code"),
              Column.optional("id_inovasi", "innovation_id"),
              Column.required("uraian", "label"),
              Column.required("description", "description"),
              Column.required("poin_diperoleh", "earned"),
              Column.required("poin_hilang", "lost"),
              Column.optional("alasan", "reasons"));
        }

        @Override
        List<List<Object>> write(IidScore score) {
          List<List<Object>> rows = new ArrayList<>();
          for (BreakdownLine line : score.breakdown().lines()) {
            StringBuilder reasons = new StringBuilder();
            for (Loss loss : line.losses()) {
              reasons.append(reasons.length() == 0 ? "" : ";").append(loss.reason().name()).append('=').append(loss.points().toPlainString());
            }
            rows.add(
                Arrays.asList(
                    score.region().code().value(),
                    line.part(),
                    line.code(),
                    line.innovationId().orElse(null),
                    line.label().indonesian(),
                    line.label().english(),
                    line.earned(),
                    line.lost(),
                    reasons.length() == 0 ? null : reasons.toString()));
          }
          return rows;
        }
      };

  private abstract static class ExportOnly<T> extends Table<T> {
    private final String name;

    ExportOnly(String name) {
      this.name = name;
    }

    @Override
    String name() {
      return name;
    }

    @Override
    T read(RowCells row) {
      throw new InovasiException(name + " tables are written, not read");
    }

    @Override
    Object key(T record) {
      return record;
    }
  }
}
