// The benchmark's floor: a minimal Framework page with one Plot chart (same Framework, same
// Plot, no Google Fonts), built in the same run as the site for comparison.
export default {
  title: "Golv",
  root: "src",
  output: process.env.FLOOR_OUTPUT_DIR ?? "../tmp/floor-dist",
  globalStylesheets: [],
  pages: [],
  pager: false,
  search: false,
  sidebar: false
};
