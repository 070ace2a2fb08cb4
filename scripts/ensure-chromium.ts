// Make sure the browser suite has a Chromium: Debian's package at /usr/bin/chromium.
// As root on Debian it installs it (apt-get install -y chromium); elsewhere it stops with a clear
// message. Never downloads a browser build of its own.
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {CHROMIUM_PATH} from "../test/e2e/browser.js";

if (existsSync(CHROMIUM_PATH)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get") && existsSync("/etc/debian_version");
if (!isRoot || !hasApt) {
  console.error(
    `ensure-chromium: the browser tests need Chromium at ${CHROMIUM_PATH}, which is missing.\n` +
      (hasApt
        ? "  Install it as root: sudo apt-get update && sudo apt-get install -y chromium\n"
        : "  Install Debian's chromium package, or set CHROMIUM_PATH to a Chromium/Chrome binary.\n") +
      "  (The suite drives it with playwright-core; it never downloads a browser.)"
  );
  process.exit(1);
}
console.error("ensure-chromium: installing Debian's chromium (apt-get install -y chromium)…");
const run = (args: string[]) => spawnSync("apt-get", args, {stdio: "inherit", env: {...process.env, DEBIAN_FRONTEND: "noninteractive"}});
if (run(["update", "-qq"]).status !== 0 || run(["install", "-y", "-qq", "chromium"]).status !== 0 || !existsSync(CHROMIUM_PATH)) {
  console.error(`ensure-chromium: apt-get could not install chromium; install it by hand and re-run`);
  process.exit(1);
}
