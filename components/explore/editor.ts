// The SQL editor on Utforska: CodeMirror 6 with its SQL language in a DuckDB dialect, completion of
// every served table and column (with the column's type and its Swedish description from the
// model), Ctrl/Cmd-Enter to run and DuckDB's errors marked where DuckDB places them. Bundled into
// the page's own bundle (scripts/site/bundle.ts), so it loads on Utforska only.
// Keyboard: Tab indents; Escape then Tab moves focus out of the editor (CodeMirror's tab focus
// mode; Ctrl-M, or Alt-Shift-M on a Mac, turns it on for good).
import {autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type Completion} from "@codemirror/autocomplete";
import {history, historyKeymap, indentWithTab, standardKeymap, toggleComment, toggleTabFocusMode} from "@codemirror/commands";
import {PostgreSQL, sql, SQLDialect} from "@codemirror/lang-sql";
import {bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting} from "@codemirror/language";
import {EditorState, Prec, StateEffect, StateField} from "@codemirror/state";
import {Decoration, drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers, type DecorationSet} from "@codemirror/view";
import {DATA_MODEL} from "../../model/dataModel.js";
import {columnsOf} from "../../model/table.js";
import {COLUMN_TYPES} from "../../model/vocabulary.js";
import type {SqlEditor, SqlEditorOptions} from "./explorer.js";
import {formatNumber} from "../kit/format.js";

/** DuckDB's words beyond PostgreSQL's, for highlighting. */
const DUCKDB_KEYWORDS =
  "qualify pivot unpivot pivot_wider pivot_longer summarize describe exclude replace columns asof positional sample tablesample using struct map union_by_name ilike glob similar install load attach detach pragma macro semi anti lambda";
/** DuckDB's common functions (highlighted as built-ins). */
const DUCKDB_FUNCTIONS =
  "abs avg any_value approx_count_distinct approx_quantile arg_max arg_min array_agg bool_and bool_or ceil coalesce concat concat_ws corr count count_if covar_pop cume_dist date_diff date_part date_trunc datediff dense_rank epoch exp first first_value floor format greatest hash histogram if ifnull lag last last_value lead least left length list list_aggregate list_distinct list_sort list_value ln log log10 lower lpad ltrim max median min mode nth_value ntile nullif percent_rank percentile_cont percentile_disc pow power quantile quantile_cont quantile_disc range rank regexp_extract regexp_matches regexp_replace repeat replace reverse right round row_number rpad rtrim sign split_part sqrt starts_with stddev stddev_pop stddev_samp string_agg string_split strftime strip_accents strptime struct_pack substr substring sum today translate trim trunc typeof unnest upper var_pop var_samp variance year month day generate_series";

export const DUCKDB_DIALECT = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ""} ${DUCKDB_KEYWORDS}`,
  builtin: `${PostgreSQL.spec.builtin ?? ""} ${DUCKDB_FUNCTIONS}`
});

/** Completion entries for the served tables and their columns (registered: the tables on the page). */
export function schemaCompletions(
  registered: readonly string[],
  rows: Readonly<Record<string, number>> = {}
): {schema: Record<string, Completion[]>; tables: Completion[]} {
  const tables = DATA_MODEL.filter((t) => registered.includes(t.name));
  return {
    schema: Object.fromEntries(
      tables.map((t) => [
        t.name,
        columnsOf(t).map((c) => ({
          label: c.name,
          type: "property",
          detail: `${COLUMN_TYPES[c.type]}${c.nullable ? "" : " NOT NULL"}`,
          info: c.description
        }))
      ])
    ),
    tables: tables.map((t) => ({
      label: t.name,
      type: "type",
      detail: rows[t.name] === undefined ? "tabell" : `tabell, ${formatNumber(rows[t.name], {decimals: 0})} rader`,
      info: `${t.title}. ${t.description}`
    }))
  };
}

/** DuckDB's error, marked in the text (null clears it); any edit clears it too. */
const setError = StateEffect.define<{from: number; to: number; message: string} | null>();
const errorMark = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects) {
      if (e.is(setError)) {
        return e.value
          ? Decoration.set([
              Decoration.mark({class: "explorer-error-mark", attributes: {title: e.value.message, "aria-invalid": "true"}}).range(e.value.from, e.value.to)
            ])
          : Decoration.none;
      }
    }
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (f) => EditorView.decorations.from(f)
});

/** A CodeMirror editor behind the explorer's editor interface. */
export function codeMirrorEditor(parent: HTMLElement, options: SqlEditorOptions): SqlEditor {
  const {schema, tables} = schemaCompletions(options.tables, options.rows);
  let view: EditorView;
  const run = () => {
    options.onRun();
    return true;
  };
  view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.value,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, {fallback: true}),
        sql({dialect: DUCKDB_DIALECT, schema, tables, upperCaseKeywords: false}),
        autocompletion({icons: false}),
        errorMark,
        Prec.highest(keymap.of([{key: "Mod-Enter", run}])),
        keymap.of([
          ...closeBracketsKeymap,
          ...standardKeymap,
          ...historyKeymap,
          ...completionKeymap,
          {key: "Mod-/", run: toggleComment},
          {key: "Ctrl-m", mac: "Shift-Alt-m", run: toggleTabFocusMode},
          indentWithTab
        ]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          "aria-labelledby": options.labelId,
          "aria-describedby": options.describedBy,
          id: options.id,
          spellcheck: "false",
          autocapitalize: "off",
          autocorrect: "off"
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        })
      ]
    })
  });
  return {
    element: view.dom,
    getValue: () => view.state.doc.toString(),
    setValue(value) {
      view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: value}});
    },
    insert(text) {
      const {from, to} = view.state.selection.main;
      view.dispatch({changes: {from, to, insert: text}, selection: {anchor: from + text.length}, scrollIntoView: true});
      view.focus();
    },
    markError(position, message) {
      const at = Math.max(0, Math.min(position, view.state.doc.length));
      const word = view.state.wordAt(at);
      const line = view.state.doc.lineAt(at);
      const to = word && word.from === at ? word.to : Math.min(line.to, at + 1);
      view.dispatch({effects: setError.of({from: at, to: Math.max(to, at + 1 <= view.state.doc.length ? at + 1 : at), message})});
    },
    clearError() {
      view.dispatch({effects: setError.of(null)});
    },
    focus: () => view.focus()
  };
}
