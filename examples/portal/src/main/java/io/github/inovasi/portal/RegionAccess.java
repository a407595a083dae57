package io.github.inovasi.portal;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.reference.RegionDirectory;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place that decides whether an officer may see a region: every page and API call
 * naming a region in its URL goes through {@link #require}, so a request for another region's
 * data by URL is refused (403), whatever the page offered.
 */
@Component
class RegionAccess {
  private final RegionDirectory directory;

  RegionAccess(RegionDirectory directory) {
    this.directory = directory;
  }

  /**
   * Returns the region named by a URL, once the officer is allowed to see it.
   *
   * @param officer the signed-in officer
   * @param code the region code from the URL
   * @return the region
   * @throws AccessDeniedException if the region is not the officer's
   * @throws ResponseStatusException 404 if no region has that code
   */
  Region require(Officer officer, String code) {
    RegionCode parsed;
    try {
      parsed = RegionCode.parse(code);
    } catch (InvalidValueException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no region " + code);
    }
    if (!officer.mayAccess(parsed)) {
      throw new AccessDeniedException(officer.username() + " may not see region " + parsed);
    }
    return directory
        .find(parsed)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no region " + code));
  }

  /**
   * Returns the autonomous regions an officer may see, for the region list.
   *
   * @param officer the signed-in officer
   * @return the regions, in code order
   */
  List<Region> visible(Officer officer) {
    return directory.all().stream()
        .filter(r -> r.autonomous() && officer.mayAccess(r.code()))
        .toList();
  }
}
