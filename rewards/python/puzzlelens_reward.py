"""PuzzleLens reward functions for verl, EasyR1 and TRL, served by `puzzlelens rewards serve`.

Standard library only. Every function sends the completions to the reward service's native batch
endpoint (POST /v1/rewards) and returns the design's total and its components.

Configuration (environment):
  PUZZLELENS_REWARD_URL         the service, default http://127.0.0.1:8000
  PUZZLELENS_REWARD_TOKEN       the bearer token; or
  PUZZLELENS_REWARD_TOKEN_FILE  a file holding it, default ~/.puzzlelens/reward-token
  PUZZLELENS_REWARD_DESIGN      a design name, default: the design the service was started with
  PUZZLELENS_REWARD_TIMEOUT     seconds per request, default 120

Ground truth is the label our exports write (a JSON string), a record id of the served suite, or a
record as a dict.

verl:    custom_reward_function.path=puzzlelens_reward.py custom_reward_function.name=compute_score
EasyR1:  worker.reward.reward_function=puzzlelens_reward.py:compute_score   (REWARD_TYPE "batch")
TRL:     GRPOTrainer(reward_funcs=[puzzlelens_reward.trl_reward], ...) with a ground_truth column
"""

import json
import os
import time
import urllib.error
import urllib.request

REWARD_NAME = "puzzlelens"
REWARD_TYPE = "batch"

_RETRIES = 3


class RewardServiceError(RuntimeError):
    """The service refused a request (a 4xx: fix the input) or could not be reached."""


def _url():
    return os.environ.get("PUZZLELENS_REWARD_URL", "http://127.0.0.1:8000").rstrip("/")


def _token():
    token = os.environ.get("PUZZLELENS_REWARD_TOKEN")
    if token:
        return token.strip()
    path = os.environ.get("PUZZLELENS_REWARD_TOKEN_FILE",
                          os.path.join(os.path.expanduser("~"), ".puzzlelens", "reward-token"))
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError as e:
        raise RewardServiceError(
            "no reward token: set PUZZLELENS_REWARD_TOKEN or PUZZLELENS_REWARD_TOKEN_FILE (%s)" % e) from e


def _post(path, body):
    data = json.dumps(body).encode("utf-8")
    request = urllib.request.Request(_url() + path, data=data, method="POST", headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + _token()})
    timeout = float(os.environ.get("PUZZLELENS_REWARD_TIMEOUT", "120"))
    for attempt in range(_RETRIES):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            message = e.read().decode("utf-8", "replace")
            try:
                message = json.loads(message)["error"]["message"]
            except (ValueError, KeyError, TypeError):
                pass
            # a 4xx is the caller's input: retrying cannot help
            if e.code < 500 or attempt == _RETRIES - 1:
                raise RewardServiceError("reward service answered %d: %s" % (e.code, message)) from e
        except urllib.error.URLError as e:
            if attempt == _RETRIES - 1:
                raise RewardServiceError("cannot reach the reward service at %s: %s" % (_url(), e.reason)) from e
        time.sleep(0.5 * 2 ** attempt)
    raise AssertionError("unreachable")


def _item(completion, ground_truth):
    if isinstance(ground_truth, dict):
        return {"record": ground_truth, "completion": completion}
    return {"label": str(ground_truth), "completion": completion}


def score(completions, ground_truths, design=None):
    """The service's full results, one dict per completion (rewards, answer, perception, behaviour)."""
    if len(completions) != len(ground_truths):
        raise ValueError("%d completions but %d ground truths" % (len(completions), len(ground_truths)))
    if not completions:
        return []
    body = {"items": [_item(c, g) for c, g in zip(completions, ground_truths)]}
    design = design or os.environ.get("PUZZLELENS_REWARD_DESIGN")
    if design:
        body["design"] = design
    return _post("/v1/rewards", body)["results"]


def _flat(result):
    """One design's reward as a flat dict: score/overall, format, accuracy, and every component."""
    (reward,) = result["rewards"].values()
    components = reward["components"]
    formats = [v for k, v in components.items() if k.startswith("format_")]
    accuracy = components.get("accuracy", components.get("graded_accuracy", float(result["answer"]["correct"])))
    out = {"score": reward["total"], "overall": reward["total"],
           "format": max(formats) if formats else 0.0, "accuracy": accuracy}
    out.update(components)
    return out


def verl_compute_score(data_source, solution_str, ground_truth, extra_info=None):
    """verl's custom reward: a dict whose 'score' is the reward; the other keys are logged."""
    return _flat(score([solution_str], [ground_truth])[0])


def easyr1_compute_score(reward_inputs, **_ignored):
    """EasyR1's reward: a list of {'response', 'ground_truth', ...} (batch) or one such dict (sequential)."""
    if isinstance(reward_inputs, dict):
        return easyr1_compute_score([reward_inputs])[0]
    results = score([r["response"] for r in reward_inputs], [r["ground_truth"] for r in reward_inputs])
    return [_flat(r) for r in results]


def compute_score(*args, **kwargs):
    """One name for verl and EasyR1: EasyR1 passes a list (or a dict); verl passes (data_source, solution_str, ground_truth)."""
    first = args[0] if args else kwargs.get("reward_inputs", kwargs.get("data_source"))
    if isinstance(first, (list, dict)) and "solution_str" not in kwargs:
        return easyr1_compute_score(first)
    return verl_compute_score(*args, **kwargs)


def _text(completion):
    # TRL passes strings, or (conversational) lists of messages: grade the last message's content
    if isinstance(completion, list):
        return completion[-1]["content"] if completion else ""
    return completion


def trl_reward(prompts, completions, ground_truth, **_columns):
    """TRL GRPOTrainer reward function: one float per completion, from the ground_truth column."""
    return [_flat(r)["score"] for r in score([_text(c) for c in completions], list(ground_truth))]
