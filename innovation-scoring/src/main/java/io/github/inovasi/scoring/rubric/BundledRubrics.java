package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import java.net.URL;

/** The rubrics shipped as resources, read and validated on first use. */
final class BundledRubrics {
  static final ImmutableList<String> IDS =
      ImmutableList.of("iga-2023-presentation", "example-lomba-inovasi-opd", "kipp-evaluation");

  private BundledRubrics() {}

  static Rubric get(String id) {
    if (!IDS.contains(id)) {
      throw new InovasiException("Tidak ada rubrik bawaan '" + id + "' / No bundled rubric '" + id
          + "'; bundled: " + String.join(", ", IDS));
    }
    URL url = BundledRubrics.class.getResource("rubrics/" + id + ".json");
    if (url == null) {
      throw new InovasiException("Bundled rubric resource missing: " + id);
    }
    return RubricReader.read(url);
  }
}
