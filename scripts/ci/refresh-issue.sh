#!/usr/bin/env bash
# The weekly Kolada workflow (.github/workflows/refresh.yml) tells a person: open the issue for one
# kind of failure, or comment on it when it is already open.
#
#   scripts/ci/refresh-issue.sh TITLE BODY_FILE [--log FILE] [--report FILE]
#
# BODY_FILE holds what happened and what to do. The script appends to it the run's link, the last
# 60 lines of --log (the failed command's stdout and stderr) and the change report --report, each
# when the file exists and is not empty; then it opens an issue titled TITLE with the label
# kolada-refresh, or comments on the open kolada-refresh issue of that exact title. One open issue
# per kind of failure: each kind has its own fixed title. Needs gh (GH_TOKEN) and jq, and the
# runner's GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID.
set -euo pipefail

label="kolada-refresh"
log_lines=60
log_bytes=12000    # an issue body holds at most 65 536 characters
report_bytes=50000

if [ $# -lt 2 ]; then
  echo "usage: $0 TITLE BODY_FILE [--log FILE] [--report FILE]" >&2
  exit 2
fi
title=$1
body=$2
shift 2
log=""
report=""
while [ $# -gt 0 ]; do
  case "$1" in
    --log) log=${2:?--log needs a file}; shift 2 ;;
    --report) report=${2:?--report needs a file}; shift 2 ;;
    *) echo "$0: unknown argument $1" >&2; exit 2 ;;
  esac
done

{
  echo
  echo "Run: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"
  if [ -n "$log" ] && [ -s "$log" ]; then
    echo
    echo "The last $log_lines lines of the command's output (stdout and stderr):"
    echo
    echo '````text'
    printf '%s\n' "$(tail -n "$log_lines" "$log" | tail -c "$log_bytes")"
    echo '````'
  fi
  if [ -n "$report" ] && [ -s "$report" ]; then
    echo
    echo '---'
    echo
    head -c "$report_bytes" "$report"
  fi
} >> "$body"

gh label create "$label" --color B60205 --description "The weekly Kolada refresh needs a person" --force
# The title as a JSON string literal (quoted and escaped by jq), so any title compares exactly.
quoted=$(jq -n --arg title "$title" '$title')
number=$(gh issue list --state open --label "$label" --json number,title --jq "map(select(.title == $quoted)) | .[0].number // empty")
if [ -n "$number" ]; then
  gh issue comment "$number" --body-file "$body"
else
  gh issue create --title "$title" --label "$label" --body-file "$body"
fi
