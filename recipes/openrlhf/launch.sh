#!/usr/bin/env bash
# GRPO of Qwen2.5-VL-7B on a PuzzleLens export with OpenRLHF (pinned: v0.11.0).
# Export first:  puzzlelens export --format openrlhf --suite SUITE --out "$EXPORT_DIR" --prompt-template perception
# Serve the design:  puzzlelens rewards serve --design perception --host 0.0.0.0   (token auth stays on)
# Then, on the Ray head node (ray start --head; ray start --address=... on the others):
#   EXPORT_DIR=... PUZZLELENS_REWARD_URL=http://HOST:8000 PUZZLELENS_REWARD_TOKEN_FILE=/shared/reward-token \
#       recipes/openrlhf/launch.sh
# REWARD_MODE=file (default): --reward.remote_url names rewards/python/openrlhf_reward_func.py, which
#   OpenRLHF imports and which sends the token as a header, read from PUZZLELENS_REWARD_TOKEN_FILE.
# REWARD_MODE=url: --reward.remote_url is the service URL with ?token=...; OpenRLHF's HTTP client sends
#   no headers. The token then shows in the job's command line and logs: rotate it after the run.
# The puzzlelens checkout and EXPORT_DIR must sit at the same path on every node (shared storage).
# Extra flags may follow on the command line.
source "$(dirname "$0")/../common.sh"

case "${REWARD_MODE:-file}" in
    file) REMOTE_URL="$ADAPTER_DIR/openrlhf_reward_func.py" ;;
    url) REMOTE_URL="$PUZZLELENS_REWARD_URL/get_reward?token=${PUZZLELENS_REWARD_TOKEN:-$(tr -d '[:space:]' < "$PUZZLELENS_REWARD_TOKEN_FILE")}" ;;
    *) echo "REWARD_MODE must be file or url" >&2; exit 2 ;;
esac
# the reward file runs in the rollout workers: they get the URL and the token file's path (not the token)
RUNTIME_ENV=$(python3 -c 'import json, os
print(json.dumps({"env_vars": {k: os.environ[k] for k in ("PUZZLELENS_REWARD_URL", "PUZZLELENS_REWARD_TOKEN_FILE") if os.environ[k]}}))')

ray job submit --address="${RAY_ADDRESS:-http://127.0.0.1:8265}" --runtime-env-json="$RUNTIME_ENV" \
    -- python3 -m openrlhf.cli.train_ppo_ray \
    --ref.num_nodes "$NNODES" \
    --ref.num_gpus_per_node "$GPUS_PER_NODE" \
    --actor.num_nodes "$NNODES" \
    --actor.num_gpus_per_node "$GPUS_PER_NODE" \
    --vllm.num_engines "$((NNODES * GPUS_PER_NODE / 2))" \
    --vllm.tensor_parallel_size 2 \
    --vllm.gpu_memory_utilization 0.6 \
    --train.colocate_all \
    --vllm.enable_sleep \
    --ds.enable_sleep \
    --actor.model_name_or_path "$MODEL_PATH" \
    --reward.remote_url "$REMOTE_URL" \
    --algo.advantage.estimator group_norm \
    --algo.advantage.gamma 1.0 \
    --algo.kl.use_loss \
    --algo.kl.estimator k3 \
    --algo.kl.init_coef 0.01 \
    --rollout.n_samples_per_prompt 8 \
    --rollout.batch_size 128 \
    --rollout.micro_batch_size 1 \
    --rollout.max_new_tokens 2048 \
    --train.batch_size 1024 \
    --train.micro_batch_size 1 \
    --train.num_episodes 15 \
    --data.max_len 4096 \
    --data.prompt_dataset "$EXPORT_DIR/train.jsonl" \
    --eval.dataset "$EXPORT_DIR/validation.jsonl" \
    --eval.steps 5 \
    --data.input_key prompt \
    --data.label_key label \
    --data.image_key images \
    --data.max_images_per_prompt 1 \
    --data.apply_chat_template \
    --ds.zero_stage 3 \
    --ds.param_dtype bf16 \
    --actor.adam.lr 1e-6 \
    --actor.gradient_checkpointing_enable \
    --ckpt.output_dir "${OUTPUT_DIR:-./checkpoints}/qwen2_5_vl_7b_grpo_$DESIGN" \
    --ckpt.save_steps 20 "$@"
