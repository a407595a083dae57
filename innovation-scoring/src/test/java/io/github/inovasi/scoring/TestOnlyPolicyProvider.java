package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.spi.ScoringPolicyProvider;
import java.math.BigDecimal;
import java.util.List;

/** A provider declared only in test resources: proves that discovery finds third-party policies. */
public final class TestOnlyPolicyProvider implements ScoringPolicyProvider {

  /** The id of the test-only policy. */
  public static final String ID = "test-count-innovations";

  /** Creates the provider. */
  public TestOnlyPolicyProvider() {}

  @Override
  public List<ScoringPolicy> policies() {
    return List.of(new CountingPolicy(ID));
  }

  /** Scores 1 point per reported innovation, up to 100. */
  static final class CountingPolicy implements ScoringPolicy {
    private final String id;

    CountingPolicy(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "Test only: one point per reported innovation";
    }

    @Override
    public ScoredUnit unit() {
      return ScoredUnit.REGION;
    }

    @Override
    public ImmutableList<Grade> grades() {
      return Rating.grades();
    }

    @Override
    public ScoreResult score(Assessment assessment) {
      BigDecimal index = BigDecimal.valueOf(Math.min(100, assessment.innovations().size())).setScale(2);
      Region region = assessment.region();
      return new ScoreResult() {
        @Override
        public String policyId() {
          return id;
        }

        @Override
        public Subject subject() {
          return Subject.of(region);
        }

        @Override
        public BigDecimal index() {
          return index;
        }

        @Override
        public Grade grade() {
          return (index.signum() == 0 ? Rating.NOT_ASSESSABLE : Rating.INNOVATIVE).grade();
        }

        @Override
        public Explanation explanation() {
          return Explanation.total("count", Label.of("Jumlah inovasi", "Innovations"), index,
              BigDecimal.valueOf(100));
        }

        @Override
        public ImmutableList<ScoreComponent> components() {
          return ImmutableList.of();
        }
      };
    }
  }
}
