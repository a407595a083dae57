package io.github.inovasi.model;

/**
 * A point on Earth in decimal degrees (koordinat, WGS 84), as the 2026 proposal asks for the
 * location of an innovation.
 *
 * <pre>{@code
 * Coordinates baa = Coordinates.of(-10.73, 123.06); // Ba'a, Rote Ndao
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param latitude degrees north, -90 to 90 (lintang)
 * @param longitude degrees east, -180 to 180 (bujur)
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Checks the ranges.
   *
   * @param latitude degrees north, -90 to 90 (lintang)
   * @param longitude degrees east, -180 to 180 (bujur)
   * @throws InvalidValueException if the latitude is outside -90..90 or the longitude outside
   *     -180..180 (or either is not a number)
   */
  public Coordinates {
    InvalidValueException.check(
        latitude >= -90 && latitude <= 90, "Coordinates.latitude", ProblemCodes.LATITUDE_OUT_OF_RANGE,
        Label.of("Lintang harus antara -90 dan 90 derajat",
            "Latitude must be between -90 and 90 degrees"),
        latitude);
    InvalidValueException.check(
        longitude >= -180 && longitude <= 180, "Coordinates.longitude", ProblemCodes.LONGITUDE_OUT_OF_RANGE,
        Label.of("Bujur harus antara -180 dan 180 derajat",
            "Longitude must be between -180 and 180 degrees"),
        longitude);
  }

  /**
   * Creates coordinates.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the coordinates
   * @throws InvalidValueException if either is out of range
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }
}
