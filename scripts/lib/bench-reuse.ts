/**
 * The text-reuse section of `npm run bench`: finds the shared passages of N synthetic source texts
 * (a shared pool of sentences plus each text's own, scripts/lib/synthetic-text.ts) in a child process,
 * so that its time and peak memory are the step's own. Prints figures, asserts nothing: wall-clock
 * time and CPU time (the step is single-threaded, so on a loaded machine the CPU time is the fairer
 * figure).
 * `node scripts/lib/bench-reuse.ts <count>` is the child: it prints one JSON line.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findSharedPassages } from "../../src/lib/reuse/detect.ts";
import { syntheticTexts } from "./synthetic-text.ts";
import { record } from "./bench-summary.ts";

interface Figures {
  texts: number;
  words: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  passages: number;
  citations: number;
  occurrences: number;
  meanShare: number;
}

function measure(count: number): Figures {
  const texts = syntheticTexts(count);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { passages, documents } = findSharedPassages(texts);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    texts: count,
    words: documents.reduce((a, d) => a + d.words, 0),
    seconds,
    cpuSeconds,
    peakMb: process.resourceUsage().maxRSS / 1024,
    passages: passages.length,
    citations: passages.filter((p) => p.citation).length,
    occurrences: passages.reduce((a, p) => a + p.occurrences.length, 0),
    meanShare: documents.reduce((a, d) => a + d.share, 0) / Math.max(1, count),
  };
}

/** Prints the section for each of `counts` synthetic texts. */
export function benchReuse(counts: readonly number[] = [1000, 10000]): void {
  console.log("\n## Text reuse (shared passages)\n");
  console.log(
    "| texts | words | time (s) | CPU (s) | peak memory (MB) | passages | of which citations | occurrences | mean shared share |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const count of counts) {
    const child = spawnSync(
      process.execPath,
      ["--max-old-space-size=4096", fileURLToPath(import.meta.url), String(count)],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    if (child.status !== 0 || !line.startsWith("{")) {
      console.log(`| ${count} | failed: ${(child.stderr || line).trim().split("\n").at(-1)} |`);
      continue;
    }
    const f = JSON.parse(line) as Figures;
    record(`reuse_s_${count}`, f.seconds);
    record(`reuse_cpu_s_${count}`, f.cpuSeconds);
    record(`reuse_peak_mb_${count}`, f.peakMb);
    record(`reuse_passages_${count}`, f.passages);
    record(`reuse_occurrences_${count}`, f.occurrences);
    console.log(
      `| ${f.texts} | ${f.words} | ${f.seconds.toFixed(1)} | ${f.cpuSeconds.toFixed(1)} | ${f.peakMb.toFixed(0)} | ${f.passages} | ${f.citations} | ` +
        `${f.occurrences} | ${(f.meanShare * 100).toFixed(1)}% |`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(measure(Number(process.argv[2]))));
