package io.github.inovasi.io.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV rows through Jackson's CSV parser. The bytes are decoded as strict UTF-8 (an invalid
 * sequence fails with a {@link java.nio.charset.MalformedInputException}, never a silent
 * replacement character).
 */
final class CsvRows implements RowSource {
  private final JsonParser parser;
  private int line;
  private int rows;

  private final boolean decimalComma;

  CsvRows(CsvFactory factory, InputStream utf8) throws IOException {
    this(factory,
        new InputStreamReader(
            utf8,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        ',', false);
  }

  /** Rows of text in a dialect (see {@link CsvText}): its separator and decimal mark. */
  CsvRows(CsvFactory factory, java.io.Reader text, char separator, boolean decimalComma) throws IOException {
    this.parser = factory.createParser(text);
    ((com.fasterxml.jackson.dataformat.csv.CsvParser) parser)
        .setSchema(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(separator));
    this.decimalComma = decimalComma;
  }

  @Override
  public boolean decimalComma() {
    return decimalComma;
  }

  @Override
  public List<String> next() throws IOException {
    // Rows are counted here (the row being read, so a failure names it): the CSV parser's
    // own line numbers are not reliable, and a row is a line unless a quoted cell spans lines.
    rows++;
    line = rows;
    JsonToken t = parser.nextToken();
    if (t == null) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new IOException("unexpected CSV token " + t);
    }
    List<String> cells = new ArrayList<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      cells.add(parser.getText());
    }
    return cells;
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public boolean isFormula(int column) {
    return false;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
