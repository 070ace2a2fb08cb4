// npm run reports:check — validate every data/reports/<report>/ folder and re-read the source
// lines every record cites; prints each problem as file:line and exits non-zero if there is any.
import {runMain} from "../loaders/errors.js";
import {REPORTS_DIR} from "../loaders/paths.js";
import {checkReports, formatProblem} from "../loaders/reports/check.js";

await runMain(() => {
  const {reports, problems} = checkReports(process.argv[2] ?? REPORTS_DIR);
  for (const p of problems) console.error(formatProblem(p));
  const count = (k: "figures" | "lost" | "assessments" | "recommendations") => reports.reduce((s, r) => s + r[k].length, 0);
  console.log(
    `${reports.length} report(s): ${count("figures")} figures, ${count("lost")} lost tables/charts, ${count("assessments")} assessments, ${count("recommendations")} recommendations; ${problems.length} problem(s)`
  );
  return problems.length > 0 ? 1 : 0;
});
