package io.github.inovasi.io.sample;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.reference.RegionDirectory;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic but realistic national data set: one {@link Assessment} for each of the 546
 * autonomous regions of {@link RegionDirectory#kemendagri()}, with (by default) 36,742 reported
 * innovations, the national count of 2025, each answering every SID indicator of the 2026
 * layout, and every region answering the SPD rows. For tests, benchmarks and demos of
 * national-size files; it is not real data.
 *
 * <pre>{@code
 * NationalDataSet data = NationalDataSet.of(42);                   // reproducible
 * data.assessments().forEach(a -> writer.write(a));                // one region at a time
 * NationalDataSet small = NationalDataSet.of(7).withInnovations(2_000);
 * }</pre>
 *
 * <p>What follows published figures (domain reference §7): the stage shares of 2024 (inisiatif
 * 1,347, uji coba 1,258, penerapan 29,114 of 31,719) and the shares of kesehatan (6,220) and
 * pendidikan (3,279) among the 28,539 innovations of 2023. What does not (no national figure
 * was published): the spread of innovations over regions, of the other affairs (even), of
 * forms, types, initiators and themes, the levels and the evidence; those are illustrative
 * assumptions, listed in the package documentation.
 *
 * <p>Each region's assessment is generated from the seed and the region's position alone, so
 * {@link #assessments()} is a lazy stream (memory bounded by one region) and any region can be
 * regenerated on its own. Immutable and thread-safe.
 */
public final class NationalDataSet {
  /** Innovations reported nationally in 2025 (domain reference §7). */
  public static final int NATIONAL_INNOVATIONS_2025 = 36_742;

  private final long seed;
  private final int innovations;
  private final ImmutableList<Region> regions;
  private final String editionId;
  private final int[] counts;

  private NationalDataSet(long seed, int innovations, List<Region> regions, String editionId) {
    InvalidValueException.check(
        innovations >= 0, "NationalDataSet.innovations", "must not be negative, was %s", innovations);
    InvalidValueException.check(
        !regions.isEmpty(), "NationalDataSet.regions", "must not be empty");
    this.seed = seed;
    this.innovations = innovations;
    this.regions = ImmutableList.copyOf(regions);
    this.editionId = Objects.requireNonNull(editionId, "editionId");
    this.counts = RegionGenerator.spread(seed, innovations, this.regions.size());
  }

  /**
   * Returns the national data set for a seed: 546 autonomous regions, 36,742 innovations,
   * edition {@code iid-2026}.
   *
   * @param seed the seed; the same seed always gives the same data
   * @return the data set
   */
  public static NationalDataSet of(long seed) {
    return new NationalDataSet(
        seed, NATIONAL_INNOVATIONS_2025, RegionDirectory.kemendagri().autonomous(), "iid-2026");
  }

  /**
   * Returns a copy with another number of innovations, spread over the same regions.
   *
   * @param count the number of innovations, at least 0
   * @return the copy
   * @throws InvalidValueException if the count is negative
   */
  public NationalDataSet withInnovations(int count) {
    return new NationalDataSet(seed, count, regions, editionId);
  }

  /**
   * Returns a copy over other regions (for example the first ten, for a small test file).
   *
   * @param regions the regions, at least one
   * @return the copy
   * @throws InvalidValueException if the list is empty
   */
  public NationalDataSet withRegions(List<Region> regions) {
    return new NationalDataSet(seed, innovations, regions, editionId);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the regions, one assessment each.
   *
   * @return the regions
   */
  public ImmutableList<Region> regions() {
    return regions;
  }

  /**
   * Returns the total number of innovations.
   *
   * @return the innovation count
   */
  public int innovationCount() {
    return innovations;
  }

  /**
   * Returns the assessment of one region, by position.
   *
   * @param index the region's position in {@link #regions()}
   * @return its assessment
   * @throws IndexOutOfBoundsException if there is no such region
   */
  public Assessment assessment(int index) {
    Region region = regions.get(index);
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    return new RegionGenerator(random, region, editionId).assessment(counts[index]);
  }

  /**
   * Returns every region's assessment, generated lazily in region order.
   *
   * @return a stream of {@link #regions()}{@code .size()} assessments
   */
  public Stream<Assessment> assessments() {
    return IntStream.range(0, regions.size()).mapToObj(this::assessment);
  }

  /** Returns a short description: seed, regions and innovations. */
  @Override
  public String toString() {
    return "NationalDataSet[seed=" + seed + ", regions=" + regions.size() + ", innovations=" + innovations + "]";
  }
}
