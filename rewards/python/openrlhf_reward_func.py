"""OpenRLHF reward function for PuzzleLens: `--reward.remote_url /path/to/openrlhf_reward_func.py`.

OpenRLHF (>= 0.10.2) imports a Python file given as --reward.remote_url and calls its
`reward_func(queries, prompts, labels, **kwargs)`. Its HTTP client sends no headers, so this file is
how it reaches a `puzzlelens rewards serve` that keeps token auth on: it posts the same OpenRLHF
request to the service's /get_reward with `Authorization: Bearer <token>`, the token coming from the
environment (PUZZLELENS_REWARD_TOKEN, or the file PUZZLELENS_REWARD_TOKEN_FILE) and never from the
command line. The service finds each completion inside its query (expanded image tokens, kept
end-of-turn tokens), so a query that does not start with its prompt is graded right.

Standard library only; keep this file next to puzzlelens_reward.py, whose settings it shares
(PUZZLELENS_REWARD_URL, PUZZLELENS_REWARD_TOKEN[_FILE], PUZZLELENS_REWARD_TIMEOUT). On a Ray
cluster pass them to the workers with --runtime-env-json '{"env_vars": {...}}'.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import puzzlelens_reward  # noqa: E402  (the sibling file, found through the path above)


def reward_func(queries, prompts, labels, **kwargs):
    """{'rewards': [total...], 'scores': [total / maximum, in [0, 1]...], 'extra_logs': {component: [...]}}."""
    body = {"query": list(queries), "prompts": list(prompts), "labels": list(labels)}
    return puzzlelens_reward._post("/get_reward", body)
