package io.github.inovasi.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.InovasiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated bytes of valid CSV and .xlsx tables fed to both table readers: the only failures
 * allowed are the library's own, as problems or an {@link InovasiException}.
 */
final class TableFuzzProperties {
  private static final InovasiTables TABLES = InovasiTables.create();

  private static byte[] write(TableFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<RegisterEntry> w = TABLES.registerWriter(out, format)) {
      for (RegisterEntry r : TableRoundTripTest.register().subList(0, 5)) {
        w.write(r);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static final byte[] CSV = write(TableFormat.CSV);
  private static final byte[] XLSX = write(TableFormat.XLSX);

  @Provide
  Arbitrary<List<int[]>> edits() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3).list().ofMinSize(1).ofMaxSize(6);
  }

  static byte[] mutate(byte[] doc, List<int[]> edits) {
    byte[] out = doc.clone();
    for (int[] e : edits) {
      int at = e[0] % out.length;
      switch (e[1] % 3) {
        case 0 -> out[at] = (byte) e[2];
        case 1 -> out = java.util.Arrays.copyOf(out, Math.max(at, 1));
        default -> {
          byte[] grown = new byte[out.length + 1];
          System.arraycopy(out, 0, grown, 0, at);
          grown[at] = (byte) e[2];
          System.arraycopy(out, at, grown, at + 1, out.length - at);
          out = grown;
        }
      }
    }
    return out;
  }

  @Property(tries = 150)
  void mutatedTables_giveOnlyInovasiProblems(@ForAll("edits") List<int[]> edits) {
    for (TableFormat format : TableFormat.values()) {
      byte[] doc = mutate(format == TableFormat.CSV ? CSV : XLSX, edits);
      try {
        ReadReport a = TABLES.readRegister(new ByteArrayInputStream(doc), "fuzz", format, r -> {});
        ReadReport b = TABLES.readAnswers(new ByteArrayInputStream(doc), "fuzz", format, r -> {});
        assertThat(a.records() + b.records()).isGreaterThanOrEqualTo(0);
      } catch (InovasiException e) {
        assertThat(e.getMessage()).isNotBlank();
      } catch (Exception | StackOverflowError e) {
        throw new AssertionError("foreign exception from the " + format + " reader", e);
      }
    }
  }
}
