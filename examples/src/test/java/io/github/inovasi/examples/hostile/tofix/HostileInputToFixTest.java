package io.github.inovasi.examples.hostile.tofix;

import io.github.inovasi.examples.hostile.ChildJvm;
import io.github.inovasi.examples.hostile.HostileInputs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs that are NOT refused cleanly yet, each with what happens today: an
 * OutOfMemoryError, a stack trace, exit 70, or silent acceptance. Like Jackson's {@code failing} tests they are kept out of the
 * normal build (the surefire excludes of this module) and run with
 * {@code ./mvnw -o verify -pl examples -am -Dtofix.excludes=none -Dtest='HostileInputToFixTest'}; a
 * test that passes moves to {@code HostileInputTest}.
 */
class HostileInputToFixTest {
  @TempDir Path dir;

  /** Today: exit 70, ArithmeticException "BigInteger would overflow supported range". */
  @Test
  void editionWithHugeExponent() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.editionHugeExponent(dir));
  }

  /** Today: OutOfMemoryError while the edition reader builds its tree. */
  @Test
  void editionWithMillionElements() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.editionMillionElements(dir));
  }

  /** Today: accepted ("OK ... 1 record"), the overlong bytes decoded. */
  @Test
  void documentWithOverlongUtf8() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.documentOverlongUtf8(dir));
  }

  /** Today: OutOfMemoryError in CsvRows collecting the row's cells. */
  @Test
  void csvRowOf45MillionEmptyCells() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.csvRowOfEmptyCells(dir));
  }

  @Test
  void xlsxWithDanglingSharedString() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.xlsxDanglingSharedString(dir));
  }

  @Test
  void xlsxSharedStringsBomb() throws Exception {
    ChildJvm.assertValidateRefuses(dir, HostileInputs.xlsxSharedStringsBomb(dir));
  }
}
