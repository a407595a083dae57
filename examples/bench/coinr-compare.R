#!/usr/bin/env Rscript
# The COINr side of Inovasi's composite benchmarks (docs/benchmarks.md): the same workloads,
# the same data and the same recipes, timed as medians over rounds, so that the side-by-side
# table can be rerun on any machine with R and COINr 1.1.x installed.
#
#   ./mvnw -q -DskipTests package
#   java -cp examples/target/inovasi.jar io.github.inovasi.examples.bench.WriteSynthetic target/synthetic
#   Rscript examples/bench/coinr-compare.R target/synthetic
#   java -cp examples/target/inovasi.jar org.openjdk.jmh.Main 'CompositeBenchmark|UncertaintyBenchmark|StartupBenchmark'
#
# The first argument is the directory WriteSynthetic wrote (iData/iMeta of the generated index
# at 552 and 5,520 units, seed 2026). Rows printed: work, median seconds, rounds.

suppressPackageStartupMessages(library(COINr))

args <- commandArgs(trailingOnly = TRUE)
synthetic <- if (length(args) >= 1) args[[1]] else "target/synthetic"
rounds <- as.integer(Sys.getenv("ROUNDS", "10"))

median_seconds <- function(f, rounds) {
  f()  # warm-up
  times <- vapply(seq_len(rounds), function(i) system.time(f())[["elapsed"]], numeric(1))
  median(times)
}

report <- function(work, seconds, rounds) {
  cat(sprintf("%-45s %10.4f s  (median of %d)\n", work, seconds, rounds))
}

# The ASEM recipe (inovasi coin --example asem): denominate by the iMeta denominators, impute
# by group mean within EurAsia_group, screen at 90 % availability, winsorise (winmax 5, log
# fallback), min-max to [0, 100], weighted arithmetic mean at every level.
build <- function(iData, iMeta, group, l_u = c(0, 100)) {
  coin <- new_coin(iData, iMeta, quietly = TRUE)
  coin <- Denominate(coin, dset = "Raw", quietly = TRUE)
  coin <- Impute(coin, dset = "Denominated", f_i = "i_mean_grp", use_group = group,
                 quietly = TRUE)
  coin <- Screen(coin, dset = "Imputed", unit_screen = "byNA", dat_thresh = 0.9,
                 quietly = TRUE)
  coin <- Treat(coin, dset = "Screened", global_specs = list(
    f1 = "winsorise", f1_para = list(winmax = 5), f2 = "log_CT",
    f_pass = "check_SkewKurt"), quietly = TRUE)
  coin <- Normalise(coin, dset = "Treated", global_specs = list(
    f_n = "n_minx", f_n_para = list(l_u = l_u)), quietly = TRUE)
  Aggregate(coin, dset = "Normalised", f_ag = "a_amean", quietly = TRUE)
}

cat(sprintf("COINr %s, %s, %s, %d cores\n", packageVersion("COINr"), R.version.string,
            Sys.info()[["machine"]], parallel::detectCores()))

# 1. ASEM pipeline, warm (CompositeBenchmark.engine, workload asem)
report("ASEM pipeline (51 x 49), warm",
       median_seconds(function() build(ASEM_iData, ASEM_iMeta, "EurAsia_group"), rounds), rounds)

# 2-3. The synthetic index at 552 and 5,520 units (CompositeBenchmark, workloads 552, 5520)
for (units in c(552, 5520)) {
  iData <- read.csv(file.path(synthetic, sprintf("synthetic-%d-iData.csv", units)),
                    check.names = FALSE)
  iMeta <- read.csv(file.path(synthetic, sprintf("synthetic-%d-iMeta.csv", units)),
                    check.names = FALSE)
  n <- if (units > 1000) max(3, rounds %/% 3) else rounds
  report(sprintf("synthetic pipeline (%d x 36), warm", units),
         median_seconds(function() build(iData, iMeta, "Group"), n), n)
}

# 4. Uncertainty analysis, N = 1,000, four inputs (UncertaintyBenchmark.uncertainty):
# COINr's documented set-up, nominal normalisation min-max to [1, 100].
ASEM <- build(ASEM_iData, ASEM_iMeta, "EurAsia_group", l_u = c(1, 100))
norm_alts <- list(list(f_n = "n_minx", f_n_para = list(l_u = c(1, 100))),
                  list(f_n = "n_zscore", f_n_para = list(m_sd = c(10, 2))))
noisy <- get_noisy_weights(w = ASEM$Meta$Weights$Original,
                           noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)),
                           Nrep = 100)
SA_specs <- list(
  Winmax = list(Address = "$Log$Treat$global_specs$f1_para$winmax", Distribution = 1:5,
                Type = "discrete"),
  Normalisation = list(Address = "$Log$Normalise$global_specs", Distribution = norm_alts,
                       Type = "discrete"),
  Weights = list(Address = "$Log$Aggregate$w", Distribution = noisy, Type = "discrete"),
  Aggregation = list(Address = "$Log$Aggregate$f_ag", Distribution = c("a_amean", "a_gmean"),
                     Type = "discrete"))
ua_rounds <- as.integer(Sys.getenv("UA_ROUNDS", "1"))
report("uncertainty analysis N = 1,000, 4 inputs",
       median(vapply(seq_len(ua_rounds), function(i) system.time(
         get_sensitivity(ASEM, SA_specs = SA_specs, N = 1000, SA_type = "UA",
                         dset = "Aggregated", iCode = "Index"))[["elapsed"]], numeric(1))),
       ua_rounds)

# 5. One process building the ASEM example, cold (StartupBenchmark.coinAsem), beside a bare R
cold <- function(expr) {
  function() system2(file.path(R.home("bin"), "Rscript"), c("-e", shQuote(expr)),
                     stdout = FALSE, stderr = FALSE)
}
report("one process, ASEM example, cold",
       median_seconds(cold(paste("suppressPackageStartupMessages(library(COINr));",
                                 "invisible(build_example_coin(quietly = TRUE))")), rounds),
       rounds)
report("one bare R process", median_seconds(cold("invisible(0)"), rounds), rounds)
