#!/usr/bin/env bash
# GRPO of Qwen2.5-VL-7B on a PuzzleLens export with TRL's GRPOTrainer (pinned: TRL v1.9.0), vLLM colocated.
# Export first:  puzzlelens export --format trl --suite SUITE --out "$EXPORT_DIR" --prompt-template perception
# Then on each node (accelerate's multi-node flags: --num_machines, --machine_rank, --main_process_ip):
#   EXPORT_DIR=... PUZZLELENS_REWARD_URL=http://HOST:8000 PUZZLELENS_REWARD_TOKEN_FILE=/shared/reward-token \
#       recipes/trl/launch.sh
# Extra GRPOConfig flags may follow (--learning_rate 5e-7 ...). Every process inherits this shell's
# environment, so the adapter finds the service and the token file without further settings.
source "$(dirname "$0")/../common.sh"
export EXPORT_DIR DESIGN MODEL_PATH

accelerate launch --num_processes "$GPUS_PER_NODE" "$RECIPES_DIR/trl/train_grpo.py" \
    --config "$RECIPES_DIR/trl/config.yaml" \
    --output_dir "${OUTPUT_DIR:-./checkpoints}/qwen2_5_vl_7b_grpo_$DESIGN" "$@"
