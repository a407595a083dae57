package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AnswerTest {

  @Test
  void effectiveLevel_prefersTheVerifiedLevel() {
    Answer claimed = Answer.of("16", 3);
    assertThat(claimed.effectiveLevel()).isEqualTo(3);
    assertThat(claimed.withVerifiedLevel(0).effectiveLevel()).isZero();
    assertThat(Answer.builder().indicatorCode("17").build().effectiveLevel()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 4})
  void claimedLevel_outsideOneToThree_isRejectedNamingTheField(int level) {
    assertThatThrownBy(() -> Answer.of("16", level))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("Answer.claimedLevel");
          assertThat(e.code()).isEqualTo("LEVEL_OUT_OF_RANGE");
          assertThat(e.found()).contains(String.valueOf(level));
        })
        .hasMessageContaining("1 to 3");
  }

  @Test
  void verifiedLevel_zeroIsAllowed_fourIsNot() {
    assertThat(Answer.of("16", 2).withVerifiedLevel(0).verifiedLevel()).hasValue(0);
    assertThatThrownBy(() -> Answer.of("16", 2).withVerifiedLevel(4))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Answer.verifiedLevel");
  }

  @Test
  void blankBasis_isRejected() {
    assertThatThrownBy(() -> Answer.builder().indicatorCode("33").basis(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Answer.basis");
  }

  @Test
  void failure_becomesAProblemWithTheSameCode() {
    InvalidValueException failure = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidValueException.class, () -> Answer.of("16", 7));
    Problem problem = failure.toProblem(Location.ofPath("innovations[0].answers[3]"));
    assertThat(problem.code()).isEqualTo("LEVEL_OUT_OF_RANGE");
    assertThat(problem.location().path()).isEqualTo("innovations[0].answers[3]");
    assertThat(problem.location().field()).contains("claimedLevel");
    assertThat(problem.found()).contains("7");
    assertThat(problem.message().indonesian()).contains("Level harus 1 sampai 3");
  }
}
