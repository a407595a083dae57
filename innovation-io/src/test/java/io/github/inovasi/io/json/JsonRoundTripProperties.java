package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lossless: read(write(x)) equals x, and write(read(doc)) is the same document. */
final class JsonRoundTripProperties {
  private static final InovasiJson JSON = InovasiJson.create();

  @Property(tries = 60)
  void generatedAssessment_roundTripsExactly(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 545) int region) {
    Assessment original = NationalDataSet.of(seed).withInnovations(2_000).assessment(region);
    String text = JSON.writeString(JsonKind.ASSESSMENT, List.of(original));
    List<Assessment> back = JSON.readString(text, JsonKind.ASSESSMENT);
    assertThat(back).containsExactly(original);
    assertThat(JSON.writeString(JsonKind.ASSESSMENT, back)).isEqualTo(text);
  }

  static List<JsonKind<?>> kinds() {
    return JsonKind.all();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void fullyPopulatedSample_writeOfReadIsTheSameDocument(JsonKind<?> kind) {
    String text = SampleDocuments.of(kind);
    assertThat(rewrite(kind, text)).isEqualTo(text);
    assertThat(rewrite(kind, compact(kind, text))).isEqualTo(text);
  }

  private static <T> String rewrite(JsonKind<T> kind, String text) {
    return JSON.writeString(kind, JSON.readString(text, kind));
  }

  private static <T> String compact(JsonKind<T> kind, String text) {
    return InovasiJson.create().compact().writeString(kind, JSON.readString(text, kind));
  }
}
