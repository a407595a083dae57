/**
 * COINr-compatible tables for the composite-indicator engine: iData/iMeta CSV reading and
 * writing ({@link io.github.inovasi.io.coin.CoinTables}), recipes as JSON
 * ({@link io.github.inovasi.io.coin.RecipeJson}) and COINr's ASEM example, bundled under its
 * MIT licence.
 */
package io.github.inovasi.io.coin;
