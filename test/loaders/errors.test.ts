// The shared pieces behind "one clear line per error": InputError's rendering, the debug switch,
// the UTF-8 reader and the line-aware CSV parser.
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {cellCountReason, parseCsv, checkCsvHeader} from "../../loaders/csv.js";
import {InputError, debugEnabled, failureText} from "../../loaders/errors.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {decodeUtf8, firstInvalidUtf8, readTextFile} from "../../loaders/textFile.js";
import {STACK_TRACE, runEntry, tempDir} from "../support/entry.js";
import {ARCHIVE_ENTRY} from "../support/archive.js";
import {seedDataCopy} from "../support/seed.js";

describe("InputError and the failure line", () => {
  test("renders file:line: reason, or file: field: reason; paths inside the working directory are relative", () => {
    expect(new InputError("/elsewhere/x.csv", 3, "bad").message).toBe("/elsewhere/x.csv:3: bad");
    expect(new InputError(join(process.cwd(), "data", "m.json"), null, "must be a whole number", {field: "rows"}).message).toBe(
      join("data", "m.json") + ": rows: must be a whole number"
    );
  });
  test("an input error is its message; anything else says it is unexpected and how to see where", () => {
    expect(failureText(new InputError("f", 1, "x"))).toBe("f:1: x");
    expect(failureText(new TypeError("x is undefined"))).toBe("TypeError: x is undefined (an unexpected error; UPPF_DEBUG=1 shows the stack trace)");
  });
  test("the debug switch: UPPF_DEBUG=1 or DEBUG=uppf / DEBUG=*", () => {
    expect(debugEnabled({})).toBe(false);
    expect(debugEnabled({UPPF_DEBUG: "0"})).toBe(false);
    expect(debugEnabled({UPPF_DEBUG: "1"})).toBe(true);
    expect(debugEnabled({DEBUG: "express,uppf"})).toBe(true);
    expect(debugEnabled({DEBUG: "*"})).toBe(true);
    expect(debugEnabled({DEBUG: "uppfoljning"})).toBe(false);
  });
  test("a loader prints the stack trace only with the debug switch", async () => {
    const data = tempDir("uppf-debug-");
    try {
      seedDataCopy(data.dir);
      const file = join(data.dir, "facts", "prisbasbelopp.csv");
      writeFileSync(file, "year,prisbasbelopp_kr,checked\n2019,46500,ja\n");
      const plain = await runEntry(ARCHIVE_ENTRY, [], {UPPF_DATA_DIR: data.dir});
      const debug = await runEntry(ARCHIVE_ENTRY, [], {UPPF_DATA_DIR: data.dir, UPPF_DEBUG: "1"});
      const line = `${file}:2: column "checked": "ja" must be yes or no`;
      expect(plain.stderr).toBe(`${line}\n`);
      expect(debug.stderr.startsWith(`${line}\nInputError: ${line}\n    at `)).toBe(true);
      expect(debug.stderr).toMatch(STACK_TRACE);
      expect([plain.code, debug.code]).toEqual([1, 1]);
    } finally {
      data.remove();
    }
  }, 60_000);
});

describe("the UTF-8 reader", () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  test("finds the first invalid byte: Latin-1, a lone continuation byte, overlong forms, surrogates, a cut-off sequence", () => {
    expect(firstInvalidUtf8(Buffer.from("Vänersborg", "utf8"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from("Vänersborg", "latin1"))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x41, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xf0, 0x9f, 0x98))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from("😀 – ö", "utf8"))).toBe(-1);
  });
  test("names the line and column of the first invalid byte; strips one BOM; keeps CRLF", () => {
    expect(() => decodeUtf8(Buffer.concat([Buffer.from("a\r\nb\nxx"), Buffer.from("ö", "latin1")]), "f.yaml")).toThrow(
      /^f\.yaml:3: not UTF-8: byte 0xF6 at column 3 /
    );
    expect(decodeUtf8(Buffer.from("\uFEFFa\r\nb"), "f")).toBe("a\r\nb");
    expect(decodeUtf8(Buffer.from("\uFEFF\uFEFFa"), "f")).toBe("\uFEFFa");
  });
  test("a missing file, a directory", () => {
    expect(() => readTextFile(join(PROJECT_ROOT, "no-such-file.csv"), "missing file (hint)")).toThrow(/no-such-file\.csv: missing file \(hint\)$/);
    expect(() => readTextFile(join(PROJECT_ROOT, "data"))).toThrow(/data: is a directory, not a file$/);
  });
});

describe("the CSV parser", () => {
  test("rows carry the line they start on, also after a quoted cell spanning lines; CRLF (also inside a cell) and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x\r\ny",2\r\n\r\nlast,"q""uote"', "f")).toEqual([
      {line: 1, end: 1, cells: ["a", "b"]},
      {line: 2, end: 3, cells: ["x\ny", "2"]},
      {line: 4, end: 4, cells: [""]},
      {line: 5, end: 5, cells: ["last", 'q"uote']}
    ]);
    expect(parseCsv("a,\n,b\n", "f").map((r) => r.cells)).toEqual([
      ["a", ""],
      ["", "b"]
    ]);
  });
  test("a quote left open is named at its line; text after a closing quote too", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', "f.csv")).toThrow(/^f\.csv:2: a quote \(\"\) opened on this line is never closed$/);
    expect(() => parseCsv('a,b\n"x"y,2\n', "f.csv")).toThrow(/^f\.csv:2: text after a closing quote/);
  });
  // A figures.csv whose quote on line 5 is never closed, with quoted cells further down: the next
  // quote (line 38, opening the cell "Arbetslöshet …") must not be taken as the closing one.
  const unclosed = [
    "id,indicator,value,note",
    ...Array.from({length: 40}, (_, k) => {
      const line = k + 2;
      if (line === 5) return `F${line},"Nettokostnad kr/inv,747,Cell printed as '-'`;
      if (line === 38) return `F${line},"Arbetslöshet, andel (%)",5.7,"Not mapped: Kolada's N03932"`;
      if (line > 38) return `F${line},"Arbetslöshet ""16-64"", andel (%)",6.9,`;
      return `F${line},Nettokostnad kr/inv,747,`;
    })
  ].join("\n");
  test("a quote opened on line 5 and never closed, with quotes later in the file: the error names line 5 (and where the next quote is)", () => {
    expect(unclosed.split("\n")[4]).toBe(`F5,"Nettokostnad kr/inv,747,Cell printed as '-'`); // line 5
    expect(unclosed.split("\n")[37]).toMatch(/^F38,"Arbetslöshet/); // line 38
    expect(() => parseCsv(unclosed, "figures.csv")).toThrow(
      /^figures\.csv:5: a quote \("\) opened on this line seems never to be closed: the cell would end at the quote on line 38, which is followed by text$/
    );
    // CRLF line endings: the same lines.
    expect(() => parseCsv(unclosed.replace(/\n/g, "\r\n"), "figures.csv")).toThrow(/^figures\.csv:5: .* the quote on line 38,/);
  });
  test("a quote closed on its own line and followed by text keeps the message at that line, also after a multi-line cell", () => {
    expect(() => parseCsv('a,b\n1,2\n"ab"c,3\n', "f.csv")).toThrow(
      /^f\.csv:3: text after a closing quote: a quote inside a quoted cell is written twice \(""\)$/
    );
    expect(() => parseCsv('a,b\n"x\ny",2\n"ab"c,3\n', "f.csv")).toThrow(/^f\.csv:4: text after a closing quote/);
  });
  test("a legitimate quoted cell over several lines, with doubled quotes and a comma, still parses", () => {
    expect(parseCsv('id,note,n\nF1,"first line\nsecond, with ""quotes""\nthird",3\nF2,plain,4\n', "f.csv")).toEqual([
      {line: 1, end: 1, cells: ["id", "note", "n"]},
      {line: 2, end: 4, cells: ["F1", 'first line\nsecond, with "quotes"\nthird', "3"]},
      {line: 5, end: 5, cells: ["F2", "plain", "4"]}
    ]);
  });
  test("a quote left open that swallows lines up to a quote followed by a line end: the cell-count error is at the opening line and says so", () => {
    const rows = parseCsv('a,b,c\n1,"open,x\n2,y,z\n3,x,"\n4,y,z\n', "f.csv");
    expect(rows[1]).toMatchObject({line: 2, end: 4, cells: ["1", "open,x\n2,y,z\n3,x,"]});
    expect(rows[2]).toMatchObject({line: 5, end: 5});
    expect(cellCountReason(rows[1], 3)).toBe(`expected 3 cells, got 2 (the row runs on to line 4: a quote (") on this line left open?)`);
    expect(cellCountReason(rows[2], 2)).toBe(
      `expected 2 cells, got 3 (a comma inside a cell, e.g. a decimal comma? Use a decimal point, or put the cell in quotes)`
    );
    expect(cellCountReason(rows[2], 3)).toBe(`expected 3 cells, got 3`);
  });
  test("header problems are named: another delimiter, missing and unknown columns, the order", () => {
    const check = (text: string) => () => checkCsvHeader(parseCsv(text, "f.csv")[0], ["id", "year", "value"], "f.csv");
    expect(check("id,year,value\n")).not.toThrow();
    expect(check(" id , year,value\n")).not.toThrow();
    expect(check("id\tyear\tvalue\n")).toThrow(/\(the file is separated by tabs: save it as comma-separated CSV\)$/);
    expect(check("id,value\n")).toThrow(/^f\.csv:1: header must be exactly id,year,value \(missing column "year"\)$/);
    expect(check("id,year,value,extra\n")).toThrow(/\(unknown column "extra"\)$/);
    expect(check("year,id,value\n")).toThrow(/\(the columns are in another order \(got year,id,value\)\)$/);
    expect(check("")).toThrow(/^f\.csv: empty file/);
  });
});
