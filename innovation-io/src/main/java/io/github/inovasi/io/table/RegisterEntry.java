package io.github.inovasi.io.table;

import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.RegionCode;
import java.util.Objects;

/**
 * One row of an innovation register (daftar inovasi daerah): the region that reports the
 * innovation and its profile.
 *
 * <pre>{@code
 * RegisterEntry row = RegisterEntry.of(RegionCode.parse("35.72"), innovation);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the Kemendagri code of the reporting region
 * @param innovation the innovation profile
 */
public record RegisterEntry(RegionCode region, Innovation innovation) {

  /**
   * Checks the parts.
   *
   * @param region the Kemendagri code of the reporting region
   * @param innovation the innovation profile
   * @throws NullPointerException if a part is null
   */
  public RegisterEntry {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(innovation, "innovation");
  }

  /**
   * Creates an entry.
   *
   * @param region the reporting region
   * @param innovation the profile
   * @return the entry
   * @throws NullPointerException if a part is null
   */
  public static RegisterEntry of(RegionCode region, Innovation innovation) {
    return new RegisterEntry(region, innovation);
  }
}
