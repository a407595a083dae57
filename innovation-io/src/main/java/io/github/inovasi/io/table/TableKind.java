package io.github.inovasi.io.table;

/** The kinds of table {@link InovasiTables} reads and writes. */
public enum TableKind {
  /** The innovation register: one row per innovation ({@link RegisterEntry}). */
  REGISTER,
  /** Answers in long form: one row per region, innovation and indicator ({@link AnswerEntry}). */
  ANSWERS,
  /** A ranking: one row per category and ranked region ({@link RankingEntry}). */
  RANKINGS,
  /** IID breakdowns: one row per line of a region's score ({@link BreakdownEntry}). */
  BREAKDOWNS,
  /** A KIPP proposal register: one row per proposal ({@link io.github.inovasi.model.KippProposal}). */
  KIPP_PROPOSALS,
  /** KIPP evaluator scores: one row per proposal and evaluator ({@link io.github.inovasi.scoring.kipp.EvaluatorScore}). */
  KIPP_SCORES
}
