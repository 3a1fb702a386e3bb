#!/usr/bin/env bash
# GRPO of Qwen2.5-VL-7B on a PuzzleLens export with EasyR1 (pinned: main of 2026-07-30, commit b44b311).
# Export first:  puzzlelens export --format easyr1 --suite SUITE --out "$EXPORT_DIR" --prompt-template perception
# Then, from EasyR1's checkout on the Ray head node:
#   EXPORT_DIR=... PUZZLELENS_REWARD_URL=http://HOST:8000 PUZZLELENS_REWARD_TOKEN_FILE=/shared/reward-token \
#       /path/to/puzzlelens/recipes/easyr1/launch.sh
# Extra key=value overrides may follow on the command line.
source "$(dirname "$0")/../common.sh"

# EasyR1 picks its loader from the first entry of a folder, so the .parquet files are named, not the
# folder. reward_function_kwargs reach compute_score on every worker: the design, the [0, 1] total
# (for the online-filtering bounds), the service's URL and the token file's path (never the token).
python3 -m verl.trainer.main \
    config="$RECIPES_DIR/easyr1/config.yaml" \
    data.train_files="$EXPORT_DIR/train.parquet" \
    data.val_files="$EXPORT_DIR/validation.parquet" \
    data.format_prompt="$EXPORT_DIR/format_prompt.jinja" \
    worker.actor.model.model_path="$MODEL_PATH" \
    worker.reward.reward_function="$ADAPTER_DIR/puzzlelens_reward.py:compute_score" \
    worker.reward.reward_function_kwargs.design="$DESIGN" \
    worker.reward.reward_function_kwargs.normalise=true \
    worker.reward.reward_function_kwargs.url="$PUZZLELENS_REWARD_URL" \
    ${PUZZLELENS_REWARD_TOKEN_FILE:+worker.reward.reward_function_kwargs.token_file="$PUZZLELENS_REWARD_TOKEN_FILE"} \
    trainer.experiment_name="qwen2_5_vl_7b_grpo_$DESIGN" \
    trainer.nnodes="$NNODES" \
    trainer.n_gpus_per_node="$GPUS_PER_NODE" "$@"
