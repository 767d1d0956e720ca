#!/usr/bin/env bash
# Assembles a kit for blind question writers: the only five files a writer may read (the user
# docs, the reading rules, the article, the model's inputs and the set format), plus one prompt
# per writer. Writers are helper sessions that never see src/; see docs/evaluation.md.
#
#   tools/blind-kit/make-kit.sh KIT_DIR PREFIX OUTFILE "persona" [PREFIX OUTFILE "persona" ...]
#
# Then start one helper per prompt with: "Read KIT_DIR/prompt-PREFIX.txt and do exactly what it says."
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ $# -ge 4 ] && [ $(( ($# - 1) % 3 )) -eq 0 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
kit=$1; shift
mkdir -p "$kit"
kit=$(cd "$kit" && pwd)
cp "$repo/src/test/resources/eval/FORMAT.md" "$repo/README.md" "$repo/docs/reading-questions.md" \
   "$repo/config/scenario.yaml" "$kit/"
# The article without its front matter (the lines between the first two '---').
awk 'n >= 2 { print } /^---$/ && n < 2 { n++ }' "$repo/documents/amazon-openai-50b-bet.md" > "$kit/article.txt"
mix=${BLIND_MIX:-"figure_role 9, reverse 9, metric_choice 9, thread 12 turns (in 3 or 4 conversations), impossible 3, input_value 4, narrative 8, mixed 4, help 1, out_of_scope 1"}
while [ $# -gt 0 ]; do
  prefix=$1 out=$2 persona=$3; shift 3
  REPO="$repo" FORBIDDEN="${BLIND_FORBIDDEN:-the output files of other writers}" KIT="$kit" PREFIX="$prefix" OUT="$out" PERSONA="$persona" MIX="$mix" python3 - "$here/PROMPT-TEMPLATE.txt" > "$kit/prompt-$prefix.txt" <<'PY'
import os, sys
t = open(sys.argv[1]).read()
for k in ("REPO", "FORBIDDEN", "KIT", "PREFIX", "OUTFILE", "PERSONA", "MIX"):
    t = t.replace(f"__{k}__", os.environ["OUT" if k == "OUTFILE" else k])
sys.stdout.write(t)
PY
  echo "$kit/prompt-$prefix.txt"
done
