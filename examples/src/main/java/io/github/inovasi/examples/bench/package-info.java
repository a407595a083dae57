/**
 * JMH benchmarks of the formats on national-size data; run from the shaded jar with
 * {@code java -cp examples/target/inovasi.jar org.openjdk.jmh.Main <pattern>}. Results are noted
 * in {@code docs/benchmarks.md}; tests never time anything.
 */
package io.github.inovasi.examples.bench;
