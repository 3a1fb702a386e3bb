"""PuzzleLens reward functions for verl, EasyR1 and TRL, served by `puzzlelens rewards serve`.

Standard library only. Every function sends the completions to the reward service's native batch
endpoint (POST /v1/rewards) and returns the design's total and its components.

Configuration (environment):
  PUZZLELENS_REWARD_URL         the service, default http://127.0.0.1:8000
  PUZZLELENS_REWARD_TOKEN       the bearer token; or
  PUZZLELENS_REWARD_TOKEN_FILE  a file holding it, default ~/.puzzlelens/reward-token
  PUZZLELENS_REWARD_DESIGN      a design name, default: the design the service was started with
  PUZZLELENS_REWARD_NORMALISE   1: the score is the total divided by the design's maximum, in [0, 1]
  PUZZLELENS_REWARD_TIMEOUT     seconds per request, default 120

Keyword options, in every calling convention (verl's reward_kwargs, EasyR1's reward_function_kwargs,
functools.partial or trl_reward_with for TRL), override the environment:
  design="perception"                      a design of the service
  weights={"accuracy": 1, "format_dta": 0.5}  an inline design: component -> weight
  normalise=True (or normalize=True)       score in [0, 1]
  url="http://10.0.0.5:8000", token_file="/shared/reward-token"
                                           the service, for workers that do not get the environment
Any other keyword (verl's reward_router_address, TRL's trainer_state, dataset columns...) is ignored.

Ground truth is the label our exports write (a JSON string), a record id of the served suite, or a
record as a dict.

verl >= 0.9: reward.custom_reward_function.path=puzzlelens_reward.py reward.custom_reward_function.name=compute_score
             (verl < 0.9: the same keys without the "reward." prefix)
EasyR1:      worker.reward.reward_function=puzzlelens_reward.py:compute_score   (REWARD_TYPE "batch")
TRL:         GRPOTrainer(reward_funcs=[puzzlelens_reward.trl_reward], ...) with a ground_truth column
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


def _url(url=None):
    return (url or os.environ.get("PUZZLELENS_REWARD_URL") or "http://127.0.0.1:8000").rstrip("/")


def _token(token_file=None):
    token = os.environ.get("PUZZLELENS_REWARD_TOKEN")
    if token and not token_file:
        return token.strip()
    path = token_file or os.environ.get("PUZZLELENS_REWARD_TOKEN_FILE") or os.path.join(
        os.path.expanduser("~"), ".puzzlelens", "reward-token")
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError as e:
        raise RewardServiceError(
            "no reward token: set PUZZLELENS_REWARD_TOKEN or PUZZLELENS_REWARD_TOKEN_FILE (%s)" % e) from e


def _post(path, body, url=None, token_file=None):
    data = json.dumps(body).encode("utf-8")
    request = urllib.request.Request(_url(url) + path, data=data, method="POST", headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + _token(token_file)})
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
                raise RewardServiceError("cannot reach the reward service at %s: %s" % (_url(url), e.reason)) from e
        time.sleep(0.5 * 2 ** attempt)
    raise AssertionError("unreachable")


def _item(completion, ground_truth):
    if isinstance(ground_truth, dict):
        return {"record": ground_truth, "completion": completion}
    return {"label": str(ground_truth), "completion": completion}


def _options(kwargs):
    """The adapter's own keyword options, with the environment as default: (design, normalise, connection)."""
    design, weights = kwargs.get("design"), kwargs.get("weights")
    if design and weights:
        raise ValueError("give either design=%r or weights=%r, not both" % (design, weights))
    normalise = kwargs.get("normalise", kwargs.get("normalize"))
    if normalise is None:
        normalise = os.environ.get("PUZZLELENS_REWARD_NORMALISE", "").strip().lower() in ("1", "true", "yes")
    connection = {"url": kwargs.get("url"), "token_file": kwargs.get("token_file")}
    if weights:
        return {"terms": dict(weights)}, bool(normalise), connection
    return design or os.environ.get("PUZZLELENS_REWARD_DESIGN") or None, bool(normalise), connection


def score(completions, ground_truths, design=None, url=None, token_file=None):
    """The service's full results, one dict per completion (rewards, answer, perception, behaviour).

    design: a design name, or an inline design {"terms": {component: weight}}; None: the served one.
    url, token_file: the service and its token file, where the environment does not give them.
    """
    if len(completions) != len(ground_truths):
        raise ValueError("%d completions but %d ground truths" % (len(completions), len(ground_truths)))
    if not completions:
        return []
    body = {"items": [_item(c, g) for c, g in zip(completions, ground_truths)]}
    if design:
        body["design"] = design
    return _post("/v1/rewards", body, url, token_file)["results"]


def _flat(result, normalise):
    """One design's reward as a flat dict: score/overall, format, accuracy/acc, the total, and every component."""
    (reward,) = result["rewards"].values()
    components = reward["components"]
    formats = [v for k, v in components.items() if k.startswith("format_")]
    accuracy = components.get("accuracy", components.get("graded_accuracy", float(result["answer"]["correct"])))
    headline = reward["normalised"] if normalise else reward["total"]
    out = {"score": headline, "overall": headline, "total": reward["total"], "normalised": reward["normalised"],
           "format": max(formats) if formats else 0.0, "accuracy": accuracy,
           # verl's validation headline reads a key named acc
           "acc": accuracy}
    out.update(components)
    return out


def _scores(completions, ground_truths, kwargs):
    design, normalise, connection = _options(kwargs)
    return [_flat(r, normalise) for r in score(list(completions), list(ground_truths), design, **connection)]


def verl_compute_score(data_source=None, solution_str=None, ground_truth=None, extra_info=None, **kwargs):
    """verl's custom reward, one response: a dict whose 'score' is the reward; the other keys are logged."""
    return _scores([solution_str], [ground_truth], kwargs)[0]


def verl_batch_compute_score(data_sources=None, solution_strs=None, ground_truths=None, extra_infos=None, **kwargs):
    """verl's BatchRewardManager: lists in, one dict per response out, in one request."""
    return _scores(solution_strs, ground_truths, kwargs)


def easyr1_compute_score(reward_inputs, **kwargs):
    """EasyR1's reward: a list of {'response', 'ground_truth', ...} (batch) or one such dict (sequential)."""
    if isinstance(reward_inputs, dict):
        return easyr1_compute_score([reward_inputs], **kwargs)[0]
    return _scores([r["response"] for r in reward_inputs], [r["ground_truth"] for r in reward_inputs], kwargs)


def compute_score(*args, **kwargs):
    """One name for every convention of verl and EasyR1, told apart by the arguments:

    verl, one response:    (data_source, solution_str, ground_truth, extra_info=None, **kwargs), by position or keyword
    verl, batch manager:   (data_sources=, solution_strs=, ground_truths=, extra_infos=, **kwargs)
    EasyR1, batch:         (reward_inputs: list of dicts, **kwargs)
    EasyR1, sequential:    (reward_input: dict, **kwargs)
    """
    if "solution_strs" in kwargs:
        return verl_batch_compute_score(*args, **kwargs)
    first = args[0] if args else kwargs.get("reward_inputs", kwargs.get("reward_input"))
    if isinstance(first, (list, tuple, dict)) and "solution_str" not in kwargs:
        rest = {k: v for k, v in kwargs.items() if k not in ("reward_inputs", "reward_input")}
        return easyr1_compute_score(first, **rest)
    return verl_compute_score(*args, **kwargs)


def _text(completion):
    # TRL passes strings, or (conversational) lists of messages: grade the last message's content,
    # a string or a list of content parts
    if isinstance(completion, list):
        content = completion[-1]["content"] if completion else ""
        if isinstance(content, list):
            return "".join(part.get("text") or "" for part in content if part.get("type") == "text")
        return content
    return completion


def trl_reward(prompts=None, completions=None, ground_truth=None, **kwargs):
    """TRL GRPOTrainer reward function: one float per completion, from the ground_truth column.

    TRL passes every other dataset column and trainer_state as keywords; they are ignored.
    """
    if ground_truth is None:
        raise ValueError("no ground_truth column: export with `puzzlelens export --format trl`, which writes it")
    return [r["score"] for r in _scores([_text(c) for c in completions], ground_truth, kwargs)]


def trl_reward_with(**options):
    """A TRL reward function with fixed keyword options (design, weights, normalise, url, token_file);
    its __name__, which TRL logs the reward under, names the design."""
    def reward(prompts=None, completions=None, ground_truth=None, **columns):
        return trl_reward(prompts, completions, ground_truth, **options)

    name = options.get("design") or ("custom" if options.get("weights") else "reward")
    reward.__name__ = "puzzlelens_" + name.replace("-", "_")
    return reward
