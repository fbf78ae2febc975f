/**
 * The CSV interchange formats of SPEC §5: {@link org.lianxi.csv.CsvDatasetReader} reads a dataset
 * folder strictly and all or nothing (UTF-8 with or without BOM, GBK or GB18030 by option; every
 * error located by file, line, column and value), {@link org.lianxi.csv.CsvDatasetWriter} writes
 * one that reads back to equal facts, and {@link org.lianxi.csv.ExcelSafeCsvWriter} and {@link
 * org.lianxi.csv.ReportCsv} write report CSVs that are safe to open in Excel. Jackson's CSV module
 * writes every file; a hand-written RFC 4180 tokenizer, held by tests to split exactly as Jackson's
 * parser does, reads them at a million rows a second. This package depends on the core's domain and
 * ports; nothing in the core depends on it.
 */
package org.lianxi.csv;
