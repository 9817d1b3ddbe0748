/**
 * The independent second coding of the seed plans (`data/second-coding.csv`): reading the file and
 * setting it against the project's current codings, cell by cell.
 */
import type { LevelPair } from "./agreement.ts";

/** One cell of the second coding. */
export interface SecondCodingRow {
  /** Slug of the plan (file name in content/plans without `.md`). */
  plan: string;
  /** Measure id of the codebook. */
  measure: string;
  /** The second coder's level. */
  secondCoder: number;
  /** The project's level when the second coding was compared, before reconciliation. */
  projectThen: number;
}

/** A plan's current coding of one measure, as the comparison needs it. */
export interface CurrentCoding {
  level: number | null;
  note?: string;
}

/** One cell with the second coder's level, the project's level then and now, and the project's note. */
export interface ComparedCell extends SecondCodingRow {
  /** The project's level today. */
  projectNow: number;
  /** The project's note on the cell today (the decision, when there was one). */
  note?: string;
}

const HEADER = ["plan", "measure", "second_coder", "project_then"];

/** Reads `data/second-coding.csv`; throws, naming the line, on a malformed header, row or level. */
export function parseSecondCoding(text: string): SecondCodingRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",");
  if (header.join(",") !== HEADER.join(",")) {
    throw new Error(`second-coding.csv: dòng 1 phải là "${HEADER.join(",")}", nhận được "${lines[0] ?? ""}".`);
  }
  const rows: SecondCodingRow[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const at = `second-coding.csv, dòng ${i + 2}`;
    const cells = line.split(",");
    if (cells.length !== HEADER.length) throw new Error(`${at}: cần ${HEADER.length} cột, có ${cells.length}.`);
    const [plan, measure, second, then] = cells;
    const secondCoder = level(second, at);
    const projectThen = level(then, at);
    const key = `${plan}/${measure}`;
    if (seen.has(key)) throw new Error(`${at}: ô ${key} đã có ở một dòng trước.`);
    seen.add(key);
    rows.push({ plan, measure, secondCoder, projectThen });
  });
  return rows;
}

function level(cell: string, at: string): number {
  if (!/^[0-3]$/.test(cell)) throw new Error(`${at}: mức phải là một số từ 0 đến 3, nhận được "${cell}".`);
  return Number(cell);
}

/**
 * Sets each row against the project's current coding. Throws when a row's plan or measure has no current
 * level (a renamed plan or measure would otherwise drop out of the figures unnoticed).
 */
export function compareWithCodings(
  rows: readonly SecondCodingRow[],
  codingOf: (plan: string, measure: string) => CurrentCoding | undefined,
): ComparedCell[] {
  return rows.map((row) => {
    const current = codingOf(row.plan, row.measure);
    if (current?.level == null) {
      throw new Error(
        `second-coding.csv: không có mức hiện nay cho kế hoạch "${row.plan}", biện pháp "${row.measure}". ` +
          "Cách sửa: sửa slug hoặc mã biện pháp trong tệp cho khớp với content/plans và data/codebook.yaml.",
      );
    }
    return { ...row, projectNow: current.level, note: current.note };
  });
}

/** (project, second coder) pairs before reconciliation. */
export const pairsThen = (cells: readonly SecondCodingRow[]): LevelPair[] =>
  cells.map((c) => [c.projectThen, c.secondCoder]);

/** (project, second coder) pairs for today's codings. */
export const pairsNow = (cells: readonly ComparedCell[]): LevelPair[] =>
  cells.map((c) => [c.projectNow, c.secondCoder]);
