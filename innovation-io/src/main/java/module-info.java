/**
 * Inovasi's formats: a Jackson module for every Inovasi value, CSV and spreadsheet registers,
 * COINr iData/iMeta tables, with strict, streaming readers that report every problem with its
 * location.
 */
module io.github.inovasi.io {
  requires transitive io.github.inovasi.model;
  requires transitive io.github.inovasi.scoring;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.inovasi.io;
  exports io.github.inovasi.io.coin;
  exports io.github.inovasi.io.json;
  exports io.github.inovasi.io.table;

  provides com.fasterxml.jackson.databind.Module with
      io.github.inovasi.io.json.InovasiModule;
}
