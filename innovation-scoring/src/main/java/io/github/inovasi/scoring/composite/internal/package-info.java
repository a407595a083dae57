/**
 * What the composite packages share and do not publish: the statistics every step uses and the
 * state of a recipe run step by step. Not exported.
 */
package io.github.inovasi.scoring.composite.internal;
