package io.github.inovasi.portal;

import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepted uploads and the history of scores they make, in the {@code upload} table (schema by
 * the Flyway migrations in {@code db/migration}; H2 or PostgreSQL).
 */
@Repository
class PortalStore {
  private final JdbcClient jdbc;

  PortalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One accepted upload.
   *
   * @param id the row id
   * @param region the region
   * @param editionId the edition the assessment was made for
   * @param year the edition's year
   * @param format {@code csv}, {@code xlsx} or {@code json}
   * @param uploadedBy who uploaded it
   * @param uploadedAt when
   * @param assessmentJson the assessment as an Inovasi JSON document
   * @param iid the IID under its own edition
   * @param rating the predicate of {@code iid}
   */
  record Upload(
      long id,
      RegionCode region,
      String editionId,
      int year,
      String format,
      String uploadedBy,
      OffsetDateTime uploadedAt,
      String assessmentJson,
      BigDecimal iid,
      Rating rating) {}

  /**
   * A point of a region's history: the score of the latest upload of one edition year.
   *
   * @param year the edition year
   * @param editionId the edition
   * @param iid the IID
   * @param rating the predicate
   * @param uploadedAt when that upload was made
   */
  record HistoryPoint(int year, String editionId, BigDecimal iid, Rating rating, OffsetDateTime uploadedAt) {}

  /**
   * Stores an accepted upload.
   *
   * @param u the upload; its id is ignored
   * @return the new row id
   */
  @Transactional
  long save(Upload u) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO upload (region_code, edition_id, edition_year, source_format, uploaded_by,"
            + " uploaded_at, assessment_json, iid, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(u.region().toString(), u.editionId(), u.year(), u.format(), u.uploadedBy(),
            u.uploadedAt(), u.assessmentJson(), u.iid(), u.rating().name())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Returns a region's latest upload.
   *
   * @param region the region
   * @return the upload, or empty when the region has none
   */
  Optional<Upload> latest(RegionCode region) {
    return jdbc.sql("SELECT * FROM upload WHERE region_code = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
        .param(region.toString())
        .query(PortalStore::upload)
        .optional();
  }

  /**
   * Returns a region's history: per edition year, the score of its latest upload.
   *
   * @param region the region
   * @return the points, oldest year first
   */
  List<HistoryPoint> history(RegionCode region) {
    Map<Integer, HistoryPoint> byYear = new TreeMap<>();
    jdbc.sql("SELECT edition_year, edition_id, iid, rating, uploaded_at FROM upload"
            + " WHERE region_code = ? ORDER BY id")
        .param(region.toString())
        .query((rs, n) -> new HistoryPoint(
            rs.getInt("edition_year"),
            rs.getString("edition_id"),
            rs.getBigDecimal("iid"),
            Rating.valueOf(rs.getString("rating")),
            rs.getObject("uploaded_at", OffsetDateTime.class)))
        .list()
        .forEach(p -> byYear.put(p.year(), p));
    return new ArrayList<>(byYear.values());
  }

  /**
   * Counts the uploads of a region, to show that a refused upload changed nothing.
   *
   * @param region the region
   * @return the count
   */
  long count(RegionCode region) {
    return jdbc.sql("SELECT COUNT(*) FROM upload WHERE region_code = ?")
        .param(region.toString())
        .query(Long.class)
        .single();
  }

  private static Upload upload(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Upload(
        rs.getLong("id"),
        RegionCode.parse(rs.getString("region_code")),
        rs.getString("edition_id"),
        rs.getInt("edition_year"),
        rs.getString("source_format"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class),
        rs.getString("assessment_json"),
        rs.getBigDecimal("iid"),
        Rating.valueOf(rs.getString("rating")));
  }
}
