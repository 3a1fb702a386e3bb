"""Writes the flag and key lists the recipes are checked against (RecipesTest), from the engines' source.

Usage: python3 recipes/extract_engine_keys.py MIRRORS
MIRRORS holds bare clones named OWNER+NAME/repo (OpenRLHF+OpenRLHF, volcengine+verl, hiyouga+EasyR1,
huggingface+trl); each list names the commit and file it came from.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
YAML_KEY = re.compile(r"""^( *)['"]?([A-Za-z0-9_]+)['"]?:""")
FIELD = re.compile(r"^    ([a-z_][a-z0-9_]*): .*= field\(", re.M)


def git(mirrors, repo, *args):
    return subprocess.run(["git", "-C", os.path.join(mirrors, repo, "repo"), *args], capture_output=True, text=True,
                          check=True).stdout


def yaml_keys(text):
    keys, path = [], []
    for line in text.splitlines():
        m = YAML_KEY.match(line)
        if m and not line.strip().startswith("#"):
            path = path[:len(m.group(1)) // 2] + [m.group(2)]
            keys.append(".".join(path))
    return keys


def write(name, header, entries):
    with open(os.path.join(HERE, name), "w") as f:
        f.write("".join("# %s\n" % line for line in header) + "\n".join(entries) + "\n")


def main(mirrors):
    repo, ref, path = "OpenRLHF+OpenRLHF", "v0.11.0", "openrlhf/cli/train_ppo_ray.py"
    source = git(mirrors, repo, "show", "%s:%s" % (ref, path))
    flags = set(re.findall(r'"(--[A-Za-z0-9_.]+)"', source))
    for prefix in ("actor", "critic"):
        flags |= {f.replace("{prefix}", prefix) for f in re.findall(r'f"(--\{prefix\}[A-Za-z0-9_.]+)"', source)}
    write("openrlhf/engine-flags.txt", [
        "The command-line flags of OpenRLHF %s (%s), %s:" % (ref, git(mirrors, repo, "rev-parse", ref).strip(), path),
        'every quoted "--..." of parser.add_argument, and f"--{prefix}..." for prefix in (actor, critic).',
        "Written by recipes/extract_engine_keys.py."], sorted(flags))

    repo, ref, path = "volcengine+verl", "HEAD", "verl/trainer/config/_generated_ppo_trainer.yaml"
    write("verl/engine-keys.txt", [
        "The configuration keys of verl main of 2026-01-29 (%s, version %s), %s flattened." % (
            git(mirrors, repo, "rev-parse", ref).strip(), git(mirrors, repo, "show", "HEAD:verl/version/version").strip(),
            path),
        "The newest verl source readable here; verl 0.9 moved custom_reward_function under reward. (launch.sh",
        "picks the prefix by the installed version). Written by recipes/extract_engine_keys.py."],
        yaml_keys(git(mirrors, repo, "show", "%s:%s" % (ref, path))))

    repo, ref = "hiyouga+EasyR1", "HEAD"
    if "reward_function_kwargs: dict" not in git(mirrors, repo, "show", "HEAD:verl/workers/reward/config.py"):
        sys.exit("EasyR1's RewardConfig has no reward_function_kwargs dict")
    write("easyr1/engine-keys.txt", [
        "The configuration keys of EasyR1 main of 2026-07-30 (%s): examples/config.yaml flattened, plus" %
        git(mirrors, repo, "rev-parse", ref).strip(),
        "worker.reward.reward_function_kwargs (a dict field of verl/workers/reward/config.py RewardConfig).",
        "Written by recipes/extract_engine_keys.py."],
        yaml_keys(git(mirrors, repo, "show", "HEAD:examples/config.yaml")) + ["worker.reward.reward_function_kwargs"])

    repo, ref = "huggingface+trl", "v1.9.0"
    fields = set()
    for path in ("trl/trainer/grpo_config.py", "trl/trainer/base_config.py"):
        fields |= set(FIELD.findall(git(mirrors, repo, "show", "%s:%s" % (ref, path))))
    training_arguments = ["output_dir", "per_device_train_batch_size", "gradient_accumulation_steps", "bf16",
                          "num_train_epochs", "save_steps", "eval_strategy", "eval_steps", "report_to", "seed"]
    write("trl/engine-fields.txt", [
        "The GRPOConfig fields of TRL %s (%s): trl/trainer/grpo_config.py and trl/trainer/base_config.py," % (
            ref, git(mirrors, repo, "rev-parse", ref).strip()),
        "then the transformers.TrainingArguments fields config.yaml uses (transformers' source was not read",
        "here; long-standing fields). Written by recipes/extract_engine_keys.py."],
        sorted(fields) + training_arguments)


if __name__ == "__main__":
    main(sys.argv[1])
