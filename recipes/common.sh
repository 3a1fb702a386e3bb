# Shared by the recipes' launch scripts: settings and checks, sourced, never run.
#
#   EXPORT_DIR   the export folder (puzzlelens export ... --out EXPORT_DIR), on a path every node sees
#   DESIGN       the reward design (puzzlelens rewards list); its prompt template must match the export:
#                think for vanilla, only-accuracy, continuous; describe for mixture, visual-fusion,
#                no-accuracy; perception for perception
#   MODEL_PATH   default Qwen/Qwen2.5-VL-7B-Instruct
#   NNODES, GPUS_PER_NODE   default 1 and 8
#   PUZZLELENS_REWARD_URL    the reward service as the workers reach it, e.g. http://10.0.0.5:8000
#   PUZZLELENS_REWARD_TOKEN_FILE  the service's token file on storage every node mounts (multi-node), or
#   PUZZLELENS_REWARD_TOKEN       the token itself (one node: Ray's workers inherit this shell's environment).
#   The token never goes into a command line (process lists, Ray's logs); only the file's path travels.
set -euo pipefail

RECIPES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ADAPTER_DIR="$(cd "$RECIPES_DIR/../rewards/python" && pwd)"
MODEL_PATH="${MODEL_PATH:-Qwen/Qwen2.5-VL-7B-Instruct}"
DESIGN="${DESIGN:-perception}"
NNODES="${NNODES:-1}"
GPUS_PER_NODE="${GPUS_PER_NODE:-8}"

: "${EXPORT_DIR:?set EXPORT_DIR to the folder written by puzzlelens export}"
: "${PUZZLELENS_REWARD_URL:?set PUZZLELENS_REWARD_URL to the reward service as the workers reach it}"
if [[ -z "${PUZZLELENS_REWARD_TOKEN:-}" && -z "${PUZZLELENS_REWARD_TOKEN_FILE:-}" ]]; then
    echo "set PUZZLELENS_REWARD_TOKEN_FILE (a shared path) or PUZZLELENS_REWARD_TOKEN" >&2
    exit 2
fi
export PUZZLELENS_REWARD_URL PUZZLELENS_REWARD_TOKEN="${PUZZLELENS_REWARD_TOKEN:-}" \
    PUZZLELENS_REWARD_TOKEN_FILE="${PUZZLELENS_REWARD_TOKEN_FILE:-}"
# fail before the cluster starts when the service is unreachable or refuses the token
python3 - <<'PY'
import json, os, sys, urllib.error, urllib.request
url = os.environ["PUZZLELENS_REWARD_URL"].rstrip("/")
token = os.environ["PUZZLELENS_REWARD_TOKEN"] or open(os.environ["PUZZLELENS_REWARD_TOKEN_FILE"]).read()
try:
    health = json.load(urllib.request.urlopen(url + "/health", timeout=10))
    request = urllib.request.Request(url + "/v1/rewards", data=b'{"items": []}', method="POST", headers={
        "Authorization": "Bearer " + token.strip(), "Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=10)
except urllib.error.HTTPError as e:
    if e.code == 401:
        sys.exit("the reward service at %s refuses the token (401)" % url)
    # 400 for the empty batch: the token was accepted
except OSError as e:
    sys.exit("cannot reach the reward service at %s: %s" % (url, e))
print("reward service %s: design %s, %d records" % (url, health["design"], health["records"]))
PY
