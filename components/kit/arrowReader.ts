// A small reader for the Arrow IPC files this project serves. The loaders write them with
// apache-arrow (loaders/arrowWriter.ts) in a narrow shape: one schema of utf8, int32, float64 and
// bool columns, text columns possibly dictionary-encoded (int32 indices), uncompressed, little
// endian. Reading exactly that shape takes a few hundred lines instead of a general Arrow library
// on every page (flechette's IPC reader was 7.5 KB gzip of each page's weight). Anything outside
// the shape is refused with a message that says what was found, never read wrongly.
// The IPC format: https://arrow.apache.org/docs/format/Columnar.html#serialization-and-interprocess-communication-ipc
// (messages are flatbuffers: Message.fbs and Schema.fbs in the Arrow repository).

/** The column types this reader decodes: the model's column types (model/vocabulary.ts). */
export type ArrowColumnType = "utf8" | "int32" | "float64" | "bool";

export interface ArrowField {
  name: string;
  nullable: boolean;
  /** The column's value type, or a description of an Arrow type this reader does not decode. */
  type: ArrowColumnType | `unsupported: ${string}`;
  /** Written dictionary-encoded (the values' type is `type`). */
  dictionary: boolean;
}

export interface ArrowColumns {
  fields: ArrowField[];
  numRows: number;
  /** One array per field, in schema order; null where the value is null. */
  columns: (string | number | boolean | null)[][];
}

/** Arrow's Type union ids (Schema.fbs) that are named in messages. */
const TYPE_NAMES = [
  "NONE",
  "Null",
  "Int",
  "FloatingPoint",
  "Binary",
  "Utf8",
  "Bool",
  "Decimal",
  "Date",
  "Time",
  "Timestamp",
  "Interval",
  "List",
  "Struct",
  "Union",
  "FixedSizeBinary",
  "FixedSizeList",
  "Map",
  "Duration",
  "LargeBinary",
  "LargeUtf8",
  "LargeList"
];
const HEADER = {schema: 1, dictionaryBatch: 2, recordBatch: 3} as const;

class ArrowFormatError extends Error {}

/** Reads flatbuffer tables (the IPC messages' metadata) from a byte view. */
class Flat {
  constructor(private readonly view: DataView) {}
  u8 = (p: number) => this.view.getUint8(p);
  i16 = (p: number) => this.view.getInt16(p, true);
  u32 = (p: number) => this.view.getUint32(p, true);
  i32 = (p: number) => this.view.getInt32(p, true);
  /** An int64 as a number (sizes and offsets here stay far below 2^53). */
  i64 = (p: number) => this.view.getUint32(p, true) + this.view.getInt32(p + 4, true) * 2 ** 32;
  /** Where field `i` of the table at `table` is, or 0 when the field is absent (its default applies). */
  field(table: number, i: number): number {
    const vtable = table - this.i32(table);
    const size = this.view.getUint16(vtable, true);
    const at = 4 + 2 * i < size ? this.view.getUint16(vtable + 4 + 2 * i, true) : 0;
    return at ? table + at : 0;
  }
  /** The table an offset field points to (0 when absent). */
  table(table: number, i: number): number {
    const p = this.field(table, i);
    return p ? p + this.view.getUint32(p, true) : 0;
  }
  /** The start and length of a vector field (structs or offsets to tables). */
  vector(table: number, i: number): {start: number; length: number} {
    const v = this.table(table, i);
    return v ? {start: v + 4, length: this.view.getUint32(v, true)} : {start: 0, length: 0};
  }
  string(table: number, i: number): string {
    const {start, length} = this.vector(table, i);
    return new TextDecoder().decode(new Uint8Array(this.view.buffer, this.view.byteOffset + start, length));
  }
  /** Element `k` of a vector of tables. */
  tableAt(start: number, k: number): number {
    const p = start + 4 * k;
    return p + this.view.getUint32(p, true);
  }
  scalar(table: number, i: number, read: (p: number) => number, otherwise: number): number {
    const p = this.field(table, i);
    return p ? read(p) : otherwise;
  }
}

interface Message {
  header: number;
  /** The header table (Schema, RecordBatch or DictionaryBatch) inside the message's metadata. */
  at: number;
  flat: Flat;
  /** The message body's bytes. */
  body: Uint8Array;
}

/**
 * The encapsulated messages of an IPC stream or file, in order, and for the file format the
 * footer (apache-arrow's file writer puts the schema only there).
 */
function messages(bytes: Uint8Array): {messages: Message[]; footer?: {flat: Flat; at: number}} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = bytes.length >= 8 && new TextDecoder().decode(bytes.subarray(0, 6)) === "ARROW1";
  // The file format: magic, the stream's messages, a footer, the footer's length, magic.
  let end = bytes.length;
  let footer: {flat: Flat; at: number} | undefined;
  if (magic) {
    const size = bytes.length >= 18 ? view.getInt32(bytes.length - 10, true) : -1;
    end = bytes.length - 10 - size;
    if (size <= 0 || end < 8 || new TextDecoder().decode(bytes.subarray(bytes.length - 6)) !== "ARROW1") throw new ArrowFormatError("an Arrow file cut short");
    const flat = new Flat(new DataView(bytes.buffer, bytes.byteOffset + end, size));
    footer = {flat, at: flat.u32(0)};
  }
  const out: Message[] = [];
  let p = magic ? 8 : 0;
  while (p + 8 <= end) {
    let size = view.getInt32(p, true);
    p += 4;
    if (size === -1) {
      size = view.getInt32(p, true);
      p += 4;
    }
    if (size === 0) break; // end of stream
    if (size < 0 || p + size > end) throw new ArrowFormatError("a message runs past the end of the file");
    const meta = new DataView(bytes.buffer, bytes.byteOffset + p, size);
    const flat = new Flat(meta);
    const message = meta.getUint32(0, true);
    const header = flat.scalar(message, 1, flat.u8, 0);
    const bodyLength = flat.scalar(message, 3, flat.i64, 0);
    p += size;
    if (bodyLength < 0 || p + bodyLength > end) throw new ArrowFormatError("a message body runs past the end of the file");
    out.push({header, at: flat.table(message, 2), flat, body: bytes.subarray(p, p + bodyLength)});
    p += bodyLength;
  }
  return {messages: out, footer};
}

/** A field's value type from its Type union (Schema.fbs: type_type is field 2, type is field 3). */
function fieldType(flat: Flat, field: number): ArrowField["type"] {
  const id = flat.scalar(field, 2, flat.u8, 0);
  const type = flat.table(field, 3);
  const name = TYPE_NAMES[id] ?? `type ${id}`;
  if (name === "Utf8") return "utf8";
  if (name === "Bool") return "bool";
  if (name === "Int") {
    const bits = flat.scalar(type, 0, flat.i32, 0);
    const signed = flat.scalar(type, 1, flat.u8, 0) === 1;
    return bits === 32 && signed ? "int32" : `unsupported: ${signed ? "" : "u"}int${bits}`;
  }
  if (name === "FloatingPoint") {
    const precision = flat.scalar(type, 0, flat.i16, 0);
    return precision === 2 ? "float64" : `unsupported: float${precision === 1 ? 32 : 16}`;
  }
  return `unsupported: ${name}`;
}

interface SchemaField extends ArrowField {
  /** The dictionary's id, for dictionary-encoded columns. */
  dictionaryId?: number;
}

function readSchema(flat: Flat, schema: number): SchemaField[] {
  if (flat.scalar(schema, 0, flat.i16, 0) !== 0) throw new ArrowFormatError("a big-endian Arrow file");
  const {start, length} = flat.vector(schema, 1);
  return Array.from({length}, (_, k) => {
    const field = flat.tableAt(start, k);
    const name = flat.string(field, 0);
    if (flat.vector(field, 5).length) return {name, nullable: true, type: "unsupported: nested", dictionary: false};
    const encoding = flat.table(field, 4);
    const out: SchemaField = {name, nullable: flat.scalar(field, 1, flat.u8, 0) === 1, type: fieldType(flat, field), dictionary: encoding !== 0};
    if (encoding) {
      out.dictionaryId = flat.scalar(encoding, 0, flat.i64, 0);
      const index = flat.table(encoding, 1);
      // An absent indexType means signed int32 (Schema.fbs).
      if (index && (flat.scalar(index, 0, flat.i32, 0) !== 32 || flat.scalar(index, 1, flat.u8, 0) !== 1))
        out.type = "unsupported: dictionary indices other than int32";
    }
    return out;
  });
}

/** A record batch's columns: `types` in order, each from its field node and buffers (Columnar.html, "Buffer layout"). */
function readBatch(
  flat: Flat,
  batch: number,
  body: Uint8Array,
  fields: readonly Pick<ArrowField, "name" | "type">[]
): {length: number; columns: (string | number | boolean | null)[][]} {
  if (flat.table(batch, 3)) throw new ArrowFormatError("a compressed record batch");
  const length = flat.scalar(batch, 0, flat.i64, 0);
  const nodes = flat.vector(batch, 1);
  const buffers = flat.vector(batch, 2);
  if (nodes.length !== fields.length) throw new ArrowFormatError(`a record batch with ${nodes.length} columns for a schema of ${fields.length}`);
  let b = 0;
  const buffer = () => {
    if (b >= buffers.length) throw new ArrowFormatError("a record batch with too few buffers");
    const p = buffers.start + 16 * b++;
    const offset = flat.i64(p);
    const size = flat.i64(p + 8);
    if (offset + size > body.length) throw new ArrowFormatError("a buffer runs past its message body");
    return body.subarray(offset, offset + size);
  };
  const columns = fields.map(({name, type}, j) => {
    const node = nodes.start + 16 * j;
    const rows = flat.i64(node);
    const nulls = flat.i64(node + 8);
    const validity = buffer();
    if (rows < 0 || nulls < 0 || (nulls > 0 && validity.length * 8 < rows))
      throw new ArrowFormatError(`column "${name}" has a validity buffer shorter than its column`);
    const valid = (i: number) => nulls === 0 || ((validity[i >> 3] >> (i & 7)) & 1) === 1;
    const out: (string | number | boolean | null)[] = new Array(rows);
    if (type === "utf8") {
      const offsets = numbers(buffer(), Int32Array, rows + 1);
      const data = buffer();
      const decoder = new TextDecoder();
      for (let i = 0; i < rows; ++i) out[i] = valid(i) ? decoder.decode(data.subarray(offsets[i], offsets[i + 1])) : null;
    } else if (type === "bool") {
      const bits = buffer();
      if (bits.length * 8 < rows) throw new ArrowFormatError("a buffer shorter than its column");
      for (let i = 0; i < rows; ++i) out[i] = valid(i) ? ((bits[i >> 3] >> (i & 7)) & 1) === 1 : null;
    } else if (type === "int32" || type === "float64") {
      const bytes = buffer();
      const values = type === "int32" ? numbers(bytes, Int32Array, rows) : numbers(bytes, Float64Array, rows);
      for (let i = 0; i < rows; ++i) out[i] = valid(i) ? values[i] : null;
    } else {
      throw new ArrowFormatError(`column "${name}" has a type this reader does not decode (${type.slice("unsupported: ".length)})`);
    }
    return out;
  });
  return {length, columns};
}

/** A typed view of a buffer's first `count` values (copied when the buffer is not aligned for the type). */
function numbers<T extends Int32Array | Float64Array>(
  bytes: Uint8Array,
  Type: {new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number},
  count: number
): T {
  if (bytes.length < count * Type.BYTES_PER_ELEMENT) throw new ArrowFormatError("a buffer shorter than its column");
  const copy = bytes.byteOffset % Type.BYTES_PER_ELEMENT ? bytes.slice(0, count * Type.BYTES_PER_ELEMENT) : bytes;
  return new Type(copy.buffer, copy.byteOffset, count);
}

/**
 * The schema and columns of Arrow IPC bytes (file or stream format). `checkSchema` sees the fields
 * before any value is decoded (and may throw). Throws an Error saying what is wrong when the bytes
 * are not an Arrow IPC file this reader decodes.
 */
export function readArrow(input: ArrayBuffer | Uint8Array, checkSchema?: (fields: readonly ArrowField[]) => void): ArrowColumns {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    const {messages: all, footer} = messages(bytes);
    // The schema: the stream's first message, or in the file format the footer's (Footer.fbs: field 1).
    const schema = all[0]?.header === HEADER.schema ? all[0] : footer && {flat: footer.flat, at: footer.flat.table(footer.at, 1)};
    if (!schema?.at) throw new ArrowFormatError("no schema at the start");
    const fields = readSchema(schema.flat, schema.at);
    const publicFields = fields.map(({name, nullable, type, dictionary}): ArrowField => ({name, nullable, type, dictionary}));
    checkSchema?.(publicFields);
    const dictionaries = new Map<number, (string | number | boolean | null)[]>();
    const columns: (string | number | boolean | null)[][] = fields.map(() => []);
    let numRows = 0;
    const indices = fields.map((f) => ({name: f.name, type: f.dictionary && !f.type.startsWith("unsupported") ? ("int32" as const) : f.type}));
    for (const m of all) {
      if (m.header === HEADER.dictionaryBatch) {
        const id = m.flat.scalar(m.at, 0, m.flat.i64, 0);
        const field = fields.find((f) => f.dictionaryId === id);
        if (!field) throw new ArrowFormatError(`a dictionary (id ${id}) that no column uses`);
        const {columns: values} = readBatch(m.flat, m.flat.table(m.at, 1), m.body, [field]);
        const delta = m.flat.scalar(m.at, 2, m.flat.u8, 0) === 1;
        dictionaries.set(id, delta ? [...(dictionaries.get(id) ?? []), ...values[0]] : values[0]);
      } else if (m.header === HEADER.recordBatch) {
        const batch = readBatch(m.flat, m.at, m.body, indices);
        batch.columns.forEach((values, j) => {
          const f = fields[j];
          if (f.dictionaryId === undefined) {
            for (const v of values) columns[j].push(v);
            return;
          }
          const dictionary = dictionaries.get(f.dictionaryId);
          if (!dictionary) throw new ArrowFormatError(`column "${f.name}" uses a dictionary that was not sent`);
          for (const v of values) {
            if (v !== null && (typeof v !== "number" || v < 0 || v >= dictionary.length))
              throw new ArrowFormatError(`column "${f.name}" has an index outside its dictionary`);
            columns[j].push(v === null ? null : dictionary[v]);
          }
        });
        numRows += batch.length;
      }
    }
    return {fields: publicFields, numRows, columns};
  } catch (error) {
    if (error instanceof ArrowFormatError) throw new Error(`not an Arrow file this site reads: ${error.message}`);
    if (error instanceof RangeError) throw new Error("not an Arrow file this site reads: it ends before its contents do");
    throw error;
  }
}
