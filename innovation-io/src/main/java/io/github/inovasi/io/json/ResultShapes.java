package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.YearOverYear;
import io.github.inovasi.scoring.iid.Breakdown;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.BreakdownPart;
import io.github.inovasi.scoring.iid.IidFigures;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.IndicatorScore;
import io.github.inovasi.scoring.iid.Ineligibility;
import io.github.inovasi.scoring.iid.IneligibilityReason;
import io.github.inovasi.scoring.iid.InnovationEligibility;
import io.github.inovasi.scoring.iid.Loss;
import io.github.inovasi.scoring.iid.LossReason;
import io.github.inovasi.scoring.iid.Maxima;
import io.github.inovasi.scoring.iid.PlanAction;
import io.github.inovasi.scoring.iid.ScoreBasis;
import io.github.inovasi.scoring.iid.ScoreComparison;
import io.github.inovasi.scoring.iid.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The declared JSON shapes of scoring results (scores, figures, breakdowns, rankings,
 * improvement plans, comparisons), field by field, as {@link ModelShapes} declares the model's.
 * The field names are written here, not taken from Java names, so renaming an accessor cannot
 * change the published JSON; the writer, the reader and the JSON Schema all come from these
 * declarations. Reading builds each result through its checked constructor, so a result read
 * back whose figures do not add up is a located problem, not a value.
 */
final class ResultShapes {
  private ResultShapes() {}

  /**
   * The builder of a result read back: the values of its fields by name, until the result's
   * constructor takes them all at once.
   */
  static final class Values {
    private final Map<String, Object> values = new HashMap<>();

    void put(String field, Object value) {
      values.put(field, value);
    }

    @SuppressWarnings("unchecked")
    <V> V get(String field) {
      V value = (V) values.get(field);
      if (value == null) {
        throw new InovasiException("field " + field + " was not read");
      }
      return value;
    }

    @SuppressWarnings("unchecked")
    <V> Optional<V> optional(String field) {
      return Optional.ofNullable((V) values.get(field));
    }

    OptionalInt optionalInt(String field) {
      Integer value = (Integer) values.get(field);
      return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    int integer(String field) {
      return this.<Integer>get(field);
    }

    boolean bool(String field) {
      return this.<Boolean>get(field);
    }

    @SuppressWarnings("unchecked")
    <V> ImmutableList<V> list(String field) {
      return ImmutableList.copyOf((Iterable<V>) get(field));
    }
  }

  private static <T> Shape<T, Values> shape(
      String name, String description, Function<Values, T> build) {
    return Shape.of(name, description, Values::new, build);
  }

  /** Keeps a field's value under its name until the result is built. */
  private static <V> BiConsumer<Values, V> into(String field) {
    return (b, v) -> b.put(field, v);
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** A whole number (a count, a level, a rank); the result's constructor checks its range. */
  static final Codec<Integer> INTEGER =
      new Codec<>() {
        @Override
        public Integer read(JsonIn in) throws IOException {
          JsonParser p = in.parser();
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
              || p.getNumberType() != JsonParser.NumberType.INT) {
            return in.wrongType("a whole number");
          }
          return p.getIntValue();
        }

        @Override
        public void write(JsonGenerator out, Integer value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return Schemas.type("integer");
        }
      };

  /**
   * An enum of a result, written by its name (by its official code for a coded list), its
   * schema inline.
   */
  static <E extends Enum<E>> Codec<E> constant(Class<E> type) {
    Function<E, String> text = e -> e instanceof CodedValue ? ((CodedValue) e).code() : e.name();
    Codec<E> named = Codecs.enumeration(type);
    return new Codec<>() {
      @Override
      public E read(JsonIn in) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
          for (E e : type.getEnumConstants()) {
            if (text.apply(e).equals(in.parser().getText())) {
              return e;
            }
          }
        }
        return named.read(in);
      }

      @Override
      public void write(JsonGenerator out, E value) throws IOException {
        out.writeString(text.apply(value));
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.type("string");
        ArrayNode values = node.putArray("enum");
        for (E e : type.getEnumConstants()) {
          values.add(text.apply(e));
        }
        return node;
      }
    };
  }

  private static final Codec<List<String>> STRINGS = Codecs.list(Codecs.STRING);

  static final Shape<Maxima, Values> MAXIMA =
      ResultShapes.<Maxima>shape(
              "Maxima",
              "The maxima of the IID formula's three parts, in raw points.",
              v -> Maxima.of(v.<BigDecimal>get("spd"), v.get("sid"), v.get("count")))
          .required("count", Codecs.DECIMAL, into("count"), Maxima::count)
          .required("sid", Codecs.DECIMAL, into("sid"), Maxima::sid)
          .required("spd", Codecs.DECIMAL, into("spd"), Maxima::spd);

  static final Shape<IidFigures, Values> FIGURES =
      ResultShapes.<IidFigures>shape(
              "IidFigures",
              "The IID formula's figures for one region, each agreeing with the others.",
              v -> new IidFigures(v.get("editionId"), v.get("spd"), v.get("sidSum"),
                  v.integer("innovations"), v.integer("divisor"), v.get("sidAverage"),
                  v.integer("basicServiceAffairsCovered"), v.bool("gateOpen"), v.get("countScore"),
                  v.get("total"), v.get("maxima"), v.get("exactIndex"), v.get("index"),
                  v.get("rating")))
          .required("editionId", Codecs.STRING, into("editionId"), IidFigures::editionId)
          .required("spd", Codecs.DECIMAL, into("spd"), IidFigures::spd)
          .required("sidSum", Codecs.DECIMAL, into("sidSum"), IidFigures::sidSum)
          .required("innovations", INTEGER, into("innovations"), IidFigures::innovations)
          .required("divisor", INTEGER, into("divisor"), IidFigures::divisor)
          .required("sidAverage", Codecs.DECIMAL, into("sidAverage"), IidFigures::sidAverage)
          .required("basicServiceAffairsCovered", INTEGER, into("basicServiceAffairsCovered"),
              IidFigures::basicServiceAffairsCovered)
          .required("gateOpen", Codecs.BOOLEAN, into("gateOpen"), IidFigures::gateOpen)
          .required("countScore", Codecs.DECIMAL, into("countScore"), IidFigures::countScore)
          .required("total", Codecs.DECIMAL, into("total"), IidFigures::total)
          .required("maxima", MAXIMA, into("maxima"), IidFigures::maxima)
          .required("exactIndex", Codecs.DECIMAL, into("exactIndex"), IidFigures::exactIndex)
          .required("index", Codecs.DECIMAL, into("index"), IidFigures::index)
          .required("rating", constant(Rating.class), into("rating"), IidFigures::rating);

  static final Shape<Ineligibility, Values> INELIGIBILITY =
      ResultShapes.<Ineligibility>shape(
              "Ineligibility",
              "Why an innovation does not count, with the detail.",
              v -> new Ineligibility(v.get("reason"), v.get("detail")))
          .required("reason", constant(IneligibilityReason.class), into("reason"),
              Ineligibility::reason)
          .required("detail", ModelShapes.LABEL, into("detail"), Ineligibility::detail);

  static final Shape<InnovationEligibility, Values> INNOVATION_ELIGIBILITY =
      ResultShapes.<InnovationEligibility>shape(
              "InnovationEligibility",
              "A reported innovation and the reasons it does not count (none when it counts).",
              v -> new InnovationEligibility(v.get("innovationId"), v.get("name"),
                  v.list("reasons")))
          .required("innovationId", Codecs.STRING, into("innovationId"),
              InnovationEligibility::innovationId)
          .required("name", Codecs.STRING, into("name"), InnovationEligibility::name)
          .list("reasons", INELIGIBILITY, into("reasons"), InnovationEligibility::reasons);

  static final Shape<IndicatorScore, Values> INDICATOR_SCORE =
      ResultShapes.<IndicatorScore>shape(
              "IndicatorScore",
              "The score of one answer: the level counted, its points and what was short.",
              v -> new IndicatorScore(v.optional("innovationId"), v.get("indicatorCode"),
                  v.get("weight"), v.optionalInt("claimedLevel"), v.optionalInt("verifiedLevel"),
                  v.integer("countedLevel"), v.get("points"), v.get("maximum"),
                  v.optional("shortfall")))
          .optional("innovationId", Codecs.STRING, into("innovationId"),
              IndicatorScore::innovationId)
          .required("indicatorCode", Codecs.STRING, into("indicatorCode"),
              IndicatorScore::indicatorCode)
          .required("weight", Codecs.DECIMAL, into("weight"), IndicatorScore::weight)
          .optional("claimedLevel", INTEGER, into("claimedLevel"),
              s -> boxed(s.claimedLevel()))
          .optional("verifiedLevel", INTEGER, into("verifiedLevel"),
              s -> boxed(s.verifiedLevel()))
          .required("countedLevel", INTEGER, into("countedLevel"), IndicatorScore::countedLevel)
          .required("points", Codecs.DECIMAL, into("points"), IndicatorScore::points)
          .required("maximum", Codecs.DECIMAL, into("maximum"), IndicatorScore::maximum)
          .optional("shortfall", constant(LossReason.class), into("shortfall"),
              IndicatorScore::shortfall);

  static final Shape<Loss, Values> LOSS =
      ResultShapes.<Loss>shape(
              "Loss",
              "Points lost for one reason.",
              v -> new Loss(v.get("reason"), v.get("points")))
          .required("reason", constant(LossReason.class), into("reason"), Loss::reason)
          .required("points", Codecs.DECIMAL, into("points"), Loss::points);

  static final Shape<BreakdownLine, Values> BREAKDOWN_LINE =
      ResultShapes.<BreakdownLine>shape(
              "BreakdownLine",
              "One line of the breakdown: the points a row earned and those it lost, by reason.",
              v -> new BreakdownLine(v.get("part"), v.get("code"), v.optional("innovationId"),
                  v.get("label"), v.get("earned"), v.list("losses")))
          .required("part", constant(BreakdownPart.class), into("part"), BreakdownLine::part)
          .required("code", Codecs.STRING, into("code"), BreakdownLine::code)
          .optional("innovationId", Codecs.STRING, into("innovationId"),
              BreakdownLine::innovationId)
          .required("label", ModelShapes.LABEL, into("label"), BreakdownLine::label)
          .required("earned", Codecs.DECIMAL, into("earned"), BreakdownLine::earned)
          .list("losses", LOSS, into("losses"), BreakdownLine::losses);

  static final Shape<Breakdown, Values> BREAKDOWN =
      ResultShapes.<Breakdown>shape(
              "Breakdown",
              "Every index point earned and lost, line by line.",
              v -> new Breakdown(v.list("lines")))
          .list("lines", BREAKDOWN_LINE, into("lines"), Breakdown::lines);

  static final Shape<IidScore, Values> IID_SCORE =
      ResultShapes.<IidScore>shape(
              "IidScore",
              "A region's IID in one edition, fully explained.",
              v -> new IidScore(v.get("policyId"), v.get("region"), v.get("basis"),
                  v.get("figures"), v.list("eligibility"), v.list("indicatorScores"),
                  v.get("breakdown"), v.list("problems"), v.list("tentativeRules")))
          .required("policyId", Codecs.STRING, into("policyId"), IidScore::policyId)
          .required("region", ModelShapes.REGION, into("region"), IidScore::region)
          .required("basis", constant(ScoreBasis.class), into("basis"), IidScore::basis)
          .required("figures", FIGURES, into("figures"), IidScore::figures)
          .list("eligibility", INNOVATION_ELIGIBILITY, into("eligibility"), IidScore::eligibility)
          .list("indicatorScores", INDICATOR_SCORE, into("indicatorScores"),
              IidScore::indicatorScores)
          .required("breakdown", BREAKDOWN, into("breakdown"), IidScore::breakdown)
          .list("problems", ModelShapes.PROBLEM, into("problems"), IidScore::problems)
          .list("tentativeRules", Codecs.STRING, into("tentativeRules"), IidScore::tentativeRules);

  static final Shape<ScoreComponent, Values> SCORE_COMPONENT =
      ResultShapes.<ScoreComponent>shape(
              "ScoreComponent",
              "One component of a score, in index points, with its maximum.",
              v -> new ScoreComponent(v.get("code"), v.get("name"), v.get("points"),
                  v.get("maximum")))
          .required("code", Codecs.STRING, into("code"), ScoreComponent::code)
          .required("name", ModelShapes.LABEL, into("name"), ScoreComponent::name)
          .required("points", Codecs.DECIMAL, into("points"), ScoreComponent::points)
          .required("maximum", Codecs.DECIMAL, into("maximum"), ScoreComponent::maximum);

  /** The categories a ranking read back can name, by id. */
  private static final Map<String, RankingCategory> CATEGORIES = new HashMap<>();

  static {
    Stream.concat(Stream.of(RankingCategory.all()), RankingCategory.awardCategories().stream())
        .forEach(c -> CATEGORIES.put(c.id(), c));
  }

  private static final Codec<RankingCategory> CATEGORY =
      new Codec<>() {
        private final Shape<RankingCategory, Values> shape =
            ResultShapes.<RankingCategory>shape(
                    "RankingCategory",
                    "A ranking category: its id and its label.",
                    v -> {
                      RankingCategory c = CATEGORIES.get(v.<String>get("id"));
                      if (c == null) {
                        throw new InovasiException(
                            "Kategori peringkat tidak dikenal: " + v.get("id")
                                + " / Unknown ranking category: " + v.get("id")
                                + "; known: " + CATEGORIES.keySet());
                      }
                      return c;
                    })
                .required("id", Codecs.STRING, into("id"), RankingCategory::id)
                .required("label", ModelShapes.LABEL, into("label"), RankingCategory::label);

        @Override
        public RankingCategory read(JsonIn in) throws IOException {
          return shape.read(in);
        }

        @Override
        public void write(JsonGenerator out, RankingCategory value) throws IOException {
          shape.write(out, value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return shape.schema(schemas);
        }
      };

  /**
   * A score as a ranking shows it, read back: its policy, region, index, rating and components;
   * its explanation is the index alone.
   */
  private record Summary(
      String policyId, Region region, BigDecimal index, Rating rating,
      ImmutableList<ScoreComponent> components)
      implements ScoreResult {
    @Override
    public Subject subject() {
      return Subject.of(region);
    }

    @Override
    public Grade grade() {
      return rating.grade();
    }

    @Override
    public Explanation explanation() {
      return Explanation.total("index", Label.of("Indeks", "Index"), index,
          BigDecimal.valueOf(100));
    }
  }

  /** The grade code of a summary: an IID rating's name. */
  private static final Codec<String> RATING_CODE =
      new Codec<>() {
        private final Codec<Rating> rating = constant(Rating.class);

        @Override
        public String read(JsonIn in) throws IOException {
          Rating r = rating.read(in);
          return r == null ? null : r.name();
        }

        @Override
        public void write(JsonGenerator out, String value) throws IOException {
          out.writeString(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return rating.schema(schemas);
        }
      };

  static final Shape<ScoreResult, Values> SCORE_SUMMARY =
      ResultShapes.<ScoreResult>shape(
              "ScoreSummary",
              "A score as a ranking shows it.",
              v -> new Summary(v.get("policyId"), v.get("region"), v.get("index"),
                  Rating.valueOf(v.get("rating")), v.list("components")))
          .required("policyId", Codecs.STRING, into("policyId"), ScoreResult::policyId)
          .required("region", ModelShapes.REGION, into("region"), ScoreResult::region)
          .required("index", Codecs.DECIMAL, into("index"), ScoreResult::index)
          .required("rating", RATING_CODE, into("rating"), r -> r.grade().code())
          .list("components", SCORE_COMPONENT, into("components"), ScoreResult::components);

  static final Shape<Ranking.Entry, Values> RANKING_ENTRY =
      ResultShapes.<Ranking.Entry>shape(
              "RankingEntry",
              "One ranked subject: its rank and its score.",
              v -> new Ranking.Entry(v.integer("rank"), v.get("result")))
          .required("rank", INTEGER, into("rank"), Ranking.Entry::rank)
          .required("result", SCORE_SUMMARY, into("result"), Ranking.Entry::result);

  static final Shape<Ranking, Values> RANKING =
      ResultShapes.<Ranking>shape(
              "Ranking",
              "The results of one category ordered by score; ties share a rank.",
              v -> new Ranking(v.get("category"), v.list("entries")))
          .required("category", CATEGORY, into("category"), Ranking::category)
          .list("entries", RANKING_ENTRY, into("entries"), Ranking::entries);

  static final Shape<Target, Values> TARGET =
      ResultShapes.<Target>shape(
              "Target",
              "What a plan aims at: an index or a rating, exactly one of them.",
              v -> new Target(v.optional("index"), v.optional("rating")))
          .optional("index", Codecs.DECIMAL, into("index"), Target::index)
          .optional("rating", constant(Rating.class), into("rating"), Target::rating);

  static final Shape<PlanAction, Values> PLAN_ACTION =
      ResultShapes.<PlanAction>shape(
              "PlanAction",
              "One action of an improvement plan, with its effort and exact gain.",
              v -> new PlanAction(v.get("kind"), v.optional("innovationId"),
                  v.optional("indicatorCode"), v.integer("fromLevel"), v.integer("toLevel"),
                  v.bool("addsEvidence"), v.optional("affair"), v.integer("innovations"),
                  v.integer("effort"), v.get("gain"), v.get("description")))
          .required("kind", constant(PlanAction.Kind.class), into("kind"), PlanAction::kind)
          .optional("innovationId", Codecs.STRING, into("innovationId"), PlanAction::innovationId)
          .optional("indicatorCode", Codecs.STRING, into("indicatorCode"),
              PlanAction::indicatorCode)
          .required("fromLevel", INTEGER, into("fromLevel"), PlanAction::fromLevel)
          .required("toLevel", INTEGER, into("toLevel"), PlanAction::toLevel)
          .required("addsEvidence", Codecs.BOOLEAN, into("addsEvidence"), PlanAction::addsEvidence)
          .optional("affair", constant(GovernmentAffair.class), into("affair"), PlanAction::affair)
          .required("innovations", INTEGER, into("innovations"), PlanAction::innovations)
          .required("effort", INTEGER, into("effort"), PlanAction::effort)
          .required("gain", Codecs.DECIMAL, into("gain"), PlanAction::gain)
          .required("description", ModelShapes.LABEL, into("description"),
              PlanAction::description);

  static final Shape<ImprovementPlan, Values> IMPROVEMENT_PLAN =
      ResultShapes.<ImprovementPlan>shape(
              "ImprovementPlan",
              "The least-effort actions that reach a target, and what they reach.",
              v -> new ImprovementPlan(v.get("target"), v.get("targetIndex"),
                  v.get("currentIndex"), v.bool("reachable"), v.list("actions"),
                  v.integer("effort"), v.get("resultingIndex"), v.get("resultingRating"),
                  v.list("candidates"), v.get("oneMoreInnovation"),
                  v.integer("assumedNewInnovationLevel"), v.optionalInt("budget"), v.get("basis")))
          .required("target", TARGET, into("target"), ImprovementPlan::target)
          .required("targetIndex", Codecs.DECIMAL, into("targetIndex"),
              ImprovementPlan::targetIndex)
          .required("currentIndex", Codecs.DECIMAL, into("currentIndex"),
              ImprovementPlan::currentIndex)
          .required("reachable", Codecs.BOOLEAN, into("reachable"), ImprovementPlan::reachable)
          .list("actions", PLAN_ACTION, into("actions"), ImprovementPlan::actions)
          .required("effort", INTEGER, into("effort"), ImprovementPlan::effort)
          .required("resultingIndex", Codecs.DECIMAL, into("resultingIndex"),
              ImprovementPlan::resultingIndex)
          .required("resultingRating", constant(Rating.class), into("resultingRating"),
              ImprovementPlan::resultingRating)
          .list("candidates", PLAN_ACTION, into("candidates"), ImprovementPlan::candidates)
          .required("oneMoreInnovation", Codecs.DECIMAL, into("oneMoreInnovation"),
              ImprovementPlan::oneMoreInnovation)
          .required("assumedNewInnovationLevel", INTEGER, into("assumedNewInnovationLevel"),
              ImprovementPlan::assumedNewInnovationLevel)
          .optional("budget", INTEGER, into("budget"), p -> boxed(p.budget()))
          .required("basis", constant(ScoreBasis.class), into("basis"), ImprovementPlan::basis);

  static final Shape<YearOverYear.ComponentChange, Values> COMPONENT_CHANGE =
      ResultShapes.<YearOverYear.ComponentChange>shape(
              "YearOverYearComponentChange",
              "How one component of the score moved, in index points.",
              v -> new YearOverYear.ComponentChange(v.get("code"), v.get("name"),
                  v.get("previous"), v.get("current")))
          .required("code", Codecs.STRING, into("code"), YearOverYear.ComponentChange::code)
          .required("name", ModelShapes.LABEL, into("name"), YearOverYear.ComponentChange::name)
          .required("previous", Codecs.DECIMAL, into("previous"),
              YearOverYear.ComponentChange::previous)
          .required("current", Codecs.DECIMAL, into("current"),
              YearOverYear.ComponentChange::current);

  static final Shape<YearOverYear, Values> YEAR_OVER_YEAR =
      ResultShapes.<YearOverYear>shape(
              "YearOverYear",
              "A region's change between two rankings of one category, explained.",
              v -> new YearOverYear(v.get("region"), v.get("category"), v.get("previous"),
                  v.get("current"), v.list("componentChanges"), v.list("overtakenBy"),
                  v.list("overtook"), v.list("explanation")))
          .required("region", ModelShapes.REGION, into("region"), YearOverYear::region)
          .required("category", CATEGORY, into("category"), YearOverYear::category)
          .required("previous", RANKING_ENTRY, into("previous"), YearOverYear::previous)
          .required("current", RANKING_ENTRY, into("current"), YearOverYear::current)
          .list("componentChanges", COMPONENT_CHANGE, into("componentChanges"),
              YearOverYear::componentChanges)
          .list("overtakenBy", ModelShapes.REGION, into("overtakenBy"), YearOverYear::overtakenBy)
          .list("overtook", ModelShapes.REGION, into("overtook"), YearOverYear::overtook)
          .list("explanation", ModelShapes.LABEL, into("explanation"), YearOverYear::explanation);

  static final Shape<ScoreComparison.Difference, Values> DIFFERENCE =
      ResultShapes.<ScoreComparison.Difference>shape(
              "ScoreComparisonDifference",
              "An answer whose points differ between the claimed and the verified levels.",
              v -> new ScoreComparison.Difference(v.optional("innovationId"),
                  v.get("indicatorCode"), v.get("claimedPoints"), v.get("verifiedPoints")))
          .optional("innovationId", Codecs.STRING, into("innovationId"),
              ScoreComparison.Difference::innovationId)
          .required("indicatorCode", Codecs.STRING, into("indicatorCode"),
              ScoreComparison.Difference::indicatorCode)
          .required("claimedPoints", Codecs.DECIMAL, into("claimedPoints"),
              ScoreComparison.Difference::claimedPoints)
          .required("verifiedPoints", Codecs.DECIMAL, into("verifiedPoints"),
              ScoreComparison.Difference::verifiedPoints);

  static final Shape<ScoreComparison, Values> SCORE_COMPARISON =
      ResultShapes.<ScoreComparison>shape(
              "ScoreComparison",
              "A region's claimed score against its verified score, with every difference.",
              v -> new ScoreComparison(v.get("claimed"), v.get("verified"),
                  v.list("differences")))
          .required("claimed", IID_SCORE, into("claimed"), ScoreComparison::claimed)
          .required("verified", IID_SCORE, into("verified"), ScoreComparison::verified)
          .list("differences", DIFFERENCE, into("differences"), ScoreComparison::differences);

  /** Every result type with its declared shape, for {@link InovasiModule}. */
  static final Map<Class<?>, Codec<?>> BY_TYPE =
      Map.ofEntries(
          Map.entry(IidScore.class, IID_SCORE),
          Map.entry(IidFigures.class, FIGURES),
          Map.entry(Maxima.class, MAXIMA),
          Map.entry(Breakdown.class, BREAKDOWN),
          Map.entry(BreakdownLine.class, BREAKDOWN_LINE),
          Map.entry(Loss.class, LOSS),
          Map.entry(IndicatorScore.class, INDICATOR_SCORE),
          Map.entry(InnovationEligibility.class, INNOVATION_ELIGIBILITY),
          Map.entry(Ineligibility.class, INELIGIBILITY),
          Map.entry(ScoreComponent.class, SCORE_COMPONENT),
          Map.entry(ScoreComparison.class, SCORE_COMPARISON),
          Map.entry(ScoreComparison.Difference.class, DIFFERENCE),
          Map.entry(Ranking.class, RANKING),
          Map.entry(Ranking.Entry.class, RANKING_ENTRY),
          Map.entry(RankingCategory.class, CATEGORY),
          Map.entry(YearOverYear.class, YEAR_OVER_YEAR),
          Map.entry(YearOverYear.ComponentChange.class, COMPONENT_CHANGE),
          Map.entry(ImprovementPlan.class, IMPROVEMENT_PLAN),
          Map.entry(PlanAction.class, PLAN_ACTION),
          Map.entry(Target.class, TARGET));
}
