#!/usr/bin/env bash
# GRPO of Qwen2.5-VL-7B on a PuzzleLens export with verl (pinned: verl 0.9.0).
# Export first:  puzzlelens export --format verl --suite SUITE --out "$EXPORT_DIR" --prompt-template perception
# Then, on the Ray head node:
#   EXPORT_DIR=... PUZZLELENS_REWARD_URL=http://HOST:8000 PUZZLELENS_REWARD_TOKEN_FILE=/shared/reward-token recipes/verl/launch.sh
# Extra Hydra overrides may follow on the command line.
source "$(dirname "$0")/../common.sh"

# verl >= 0.9 reads the reward function under reward.custom_reward_function; older versions read the
# top-level custom_reward_function (0.9 no longer migrates it and silently falls back to its default
# scorer, which raises NotImplementedError for our data_source).
REWARD_PREFIX=$(python3 -c 'import verl; from packaging.version import Version as V
print("reward.custom_reward_function" if V(verl.__version__).release >= (0, 9) else "custom_reward_function")')

# the reward function's keyword options travel with the config to every worker: the design, the
# service's URL and the token file's path, never the token (++ adds or sets, whichever the version needs)
REWARD_KWARGS=(
    "++$REWARD_PREFIX.reward_kwargs.design=$DESIGN"
    "++$REWARD_PREFIX.reward_kwargs.url='$PUZZLELENS_REWARD_URL'"
)
if [[ -n "$PUZZLELENS_REWARD_TOKEN_FILE" ]]; then
    REWARD_KWARGS+=(
        "++$REWARD_PREFIX.reward_kwargs.token_file='$PUZZLELENS_REWARD_TOKEN_FILE'"
    )
fi

python3 -m verl.trainer.main_ppo \
    algorithm.adv_estimator=grpo \
    algorithm.use_kl_in_reward=False \
    data.train_files="$EXPORT_DIR/train.parquet" \
    data.val_files="$EXPORT_DIR/validation.parquet" \
    data.prompt_key=prompt \
    data.image_key=images \
    data.train_batch_size=512 \
    data.max_prompt_length=2048 \
    data.max_response_length=2048 \
    data.filter_overlong_prompts=True \
    data.truncation=error \
    actor_rollout_ref.model.path="$MODEL_PATH" \
    actor_rollout_ref.model.use_remove_padding=True \
    actor_rollout_ref.model.enable_gradient_checkpointing=True \
    actor_rollout_ref.actor.optim.lr=1e-6 \
    actor_rollout_ref.actor.ppo_mini_batch_size=128 \
    actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8 \
    actor_rollout_ref.actor.use_kl_loss=True \
    actor_rollout_ref.actor.kl_loss_coef=0.01 \
    actor_rollout_ref.actor.kl_loss_type=low_var_kl \
    actor_rollout_ref.actor.entropy_coeff=0 \
    actor_rollout_ref.rollout.name=vllm \
    actor_rollout_ref.rollout.n=8 \
    actor_rollout_ref.rollout.tensor_model_parallel_size=2 \
    actor_rollout_ref.rollout.gpu_memory_utilization=0.6 \
    actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=16 \
    actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=16 \
    actor_rollout_ref.ref.fsdp_config.param_offload=True \
    "$REWARD_PREFIX.path=$ADAPTER_DIR/puzzlelens_reward.py" \
    "$REWARD_PREFIX.name=compute_score" \
    "${REWARD_KWARGS[@]}" \
    trainer.critic_warmup=0 \
    trainer.logger='["console"]' \
    trainer.project_name=puzzlelens \
    trainer.experiment_name="qwen2_5_vl_7b_grpo_$DESIGN" \
    trainer.nnodes="$NNODES" \
    trainer.n_gpus_per_node="$GPUS_PER_NODE" \
    trainer.save_freq=20 \
    trainer.test_freq=5 \
    trainer.total_epochs=15 "$@"
