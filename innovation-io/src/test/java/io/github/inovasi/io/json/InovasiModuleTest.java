package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

final class InovasiModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new InovasiModule());

  @Test
  void objectMapper_roundTripsAnAssessmentInsideTheCallersOwnDocument() throws Exception {
    Map<String, Object> envelope = Map.of("request", "simpan", "assessment", SampleDocuments.ASSESSMENT);
    String text = mapper.writeValueAsString(envelope);
    Holder back = mapper.readValue(text, Holder.class);
    assertThat(back.assessment).isEqualTo(SampleDocuments.ASSESSMENT);
    assertThat(back.request).isEqualTo("simpan");
  }

  @Test
  void objectMapper_invalidRegion_throwsLocatedErrorCarryingEveryProblem() {
    String text = "{\"code\":\"x\",\"name\":\"A\",\"level\":\"KOTA\",\"autonomous\":1,\"border\":false,\"disadvantaged\":false,\"extra\":0}";
    assertThatThrownBy(() -> mapper.readValue(text, Region.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getLocation().getLineNr()).isEqualTo(1);
              assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
              assertThat(e.getCause().getCause())
                  .as("the model's own failure is kept as the cause")
                  .isInstanceOf(io.github.inovasi.model.InvalidValueException.class);
              assertThat(((InvalidInputException) e.getCause()).problems())
                  .extracting(Problem::code)
                  .containsExactly("INVALID_VALUE", "WRONG_TYPE", "UNKNOWN_FIELD");
            });
  }

  @Test
  void objectMapper_nullWhereAValueIsDue_isAnError() {
    assertThatThrownBy(() -> mapper.readValue("{\"request\":\"x\",\"assessment\":null}", Holder.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("must not be null");
  }

  @Test
  void serviceLoader_findsTheModule() {
    List<String> names =
        ServiceLoader.load(Module.class).stream().map(p -> p.type().getName()).toList();
    assertThat(names).contains(InovasiModule.class.getName());
    assertThat(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds())
        .contains("InovasiModule");
  }

  /** A caller's own document with an Inovasi value inside. */
  static final class Holder {
    public String request;
    public Assessment assessment;
  }
}
