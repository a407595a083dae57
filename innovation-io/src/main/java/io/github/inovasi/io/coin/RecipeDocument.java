package io.github.inovasi.io.coin;

import io.github.inovasi.scoring.composite.Recipe;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipe file: the recipe, its description and the analysis it declares, as
 * {@link RecipeJson#readDocument} reads and {@link RecipeJson#write} writes it.
 *
 * @param recipe the recipe
 * @param description the description, if any
 * @param analysis the declared uncertainty or sensitivity analysis, if any
 */
public record RecipeDocument(Recipe recipe, Optional<String> description,
    Optional<RecipeAnalysis> analysis) {
  /**
   * Checks the parts.
   *
   * @param recipe the recipe
   * @param description the description
   * @param analysis the analysis
   */
  public RecipeDocument {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(analysis, "analysis");
  }

  /**
   * Returns a document holding only a recipe.
   *
   * @param recipe the recipe
   * @return the document
   */
  public static RecipeDocument of(Recipe recipe) {
    return new RecipeDocument(recipe, Optional.empty(), Optional.empty());
  }
}
