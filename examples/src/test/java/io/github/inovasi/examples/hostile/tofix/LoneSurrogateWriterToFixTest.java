package io.github.inovasi.examples.hostile.tofix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Stage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lone surrogate (which the JSON reader accepts from {@code "\uD800"}) given to the table
 * writers: each must refuse it naming the field, or write it so that it reads back unchanged;
 * never crash with a foreign exception or lose the character. Not yet so: see
 * {@link HostileInputToFixTest} for how these tests run.
 */
class LoneSurrogateWriterToFixTest {
  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void registerWriter_refusesOrKeepsALoneSurrogate(TableFormat format) throws Exception {
    String name = "Antrean \uD800 daring\u0007";
    RegisterEntry entry = RegisterEntry.of(RegionCode.parse("35.72"), Innovation.builder().id("inv-1").name(name)
        .type(InnovationType.DIGITAL).form(InnovationForm.PUBLIC_SERVICE).initiator(Initiator.AGENCY)
        .stage(Stage.IMPLEMENTATION).mainAffair(GovernmentAffair.HEALTH).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InovasiTables tables = InovasiTables.create();
    try (RecordWriter<RegisterEntry> w = tables.registerWriter(out, format)) {
      w.write(entry);
    } catch (InovasiException refused) {
      assertThat(refused.getMessage()).contains("name");
      return;
    }
    List<RegisterEntry> back = new ArrayList<>();
    tables.readRegister(new ByteArrayInputStream(out.toByteArray()), "back", format, back::add);
    assertThat(back).singleElement().satisfies(e -> assertThat(e.innovation().name()).isEqualTo(name));
  }
}
