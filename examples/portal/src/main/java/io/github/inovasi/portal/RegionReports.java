package io.github.inovasi.portal;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.ImprovementPlanner;
import io.github.inovasi.scoring.iid.Target;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the pages and the API show of a region: its latest assessment, scored under a chosen
 * edition, and the least-effort plan to a target. Scoring is the library's
 * ({@link IidScorer}, {@link ImprovementPlanner}); an edition that lacks an official rule is
 * refused by the library with an {@code IncompleteEditionException}, never guessed.
 */
@Service
class RegionReports {
  private final PortalStore store;
  private final InovasiJson json;

  RegionReports(PortalStore store, InovasiJson json) {
    this.store = store;
    this.json = json;
  }

  /**
   * Returns a region's latest uploaded assessment.
   *
   * @param region the region
   * @return the assessment, or empty when nothing was uploaded
   */
  Optional<Assessment> latest(Region region) {
    return store.latest(region.code()).map(u -> json.readString(u.assessmentJson(), JsonKind.ASSESSMENT).get(0));
  }

  /**
   * Returns a region's latest uploaded assessment, or 404.
   *
   * @param region the region
   * @return the assessment
   */
  Assessment require(Region region) {
    return latest(region).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "nothing uploaded for region " + region.code()));
  }

  /**
   * Returns the edition to score with: the one asked for, or the assessment's own.
   *
   * @param assessment the assessment
   * @param editionId the edition asked for, blank for the assessment's own
   * @return the edition
   * @throws ResponseStatusException 400 for an edition that is not bundled
   */
  static IidEdition edition(Assessment assessment, String editionId) {
    String id = editionId == null || editionId.isBlank() ? assessment.editionId() : editionId;
    if (!IidEdition.bundledIds().contains(id)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "unknown edition " + id + "; bundled editions are " + IidEdition.bundledIds());
    }
    return IidEdition.bundled(id);
  }

  /**
   * Scores an assessment.
   *
   * @param assessment the assessment
   * @param edition the edition
   * @return the score with its breakdown
   */
  static IidScore score(Assessment assessment, IidEdition edition) {
    return IidScorer.of(edition).score(assessment);
  }

  /**
   * Plans the least effort to a target: a predicate, or an IID when {@code index} is given.
   *
   * @param assessment the assessment
   * @param edition the edition
   * @param rating the predicate to reach
   * @param index the IID to reach instead, if given
   * @return the plan
   */
  static ImprovementPlan plan(Assessment assessment, IidEdition edition, Rating rating, Optional<BigDecimal> index) {
    Target target = index.map(Target::index).orElseGet(() -> Target.rating(rating));
    return ImprovementPlanner.of(edition).plan(assessment, target);
  }
}
