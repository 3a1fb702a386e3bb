"""GRPO of Qwen2.5-VL-7B on a PuzzleLens TRL export with TRL's GRPOTrainer (pinned: TRL v1.9.0).

    EXPORT_DIR=... DESIGN=perception PUZZLELENS_REWARD_URL=... PUZZLELENS_REWARD_TOKEN_FILE=... \
        accelerate launch recipes/trl/train_grpo.py --config recipes/trl/config.yaml

The export's Parquet carries Hugging Face features metadata, so `images` loads as a list of PIL
images, which GRPOTrainer places into the prompt's image part; `ground_truth` reaches the reward
function by name.
"""

import os
import sys

from datasets import load_dataset
from trl import GRPOConfig, GRPOTrainer, TrlParser

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "rewards", "python"))
import puzzlelens_reward  # noqa: E402


def image_feature(features):
    # datasets >= 4: List(Image()); older: [Image()]
    images = features["images"]
    return getattr(images, "feature", None) or images[0]


def main():
    (args,) = TrlParser((GRPOConfig,)).parse_args_and_config()
    export = os.environ["EXPORT_DIR"]
    data = load_dataset("parquet", data_files={"train": os.path.join(export, "train.parquet"),
                                               "validation": os.path.join(export, "validation.parquet")})
    if type(image_feature(data["train"].features)).__name__ != "Image":
        sys.exit("%s: 'images' did not load as images; export again with `puzzlelens export --format trl`" % export)
    reward = puzzlelens_reward.trl_reward_with(design=os.environ.get("DESIGN", "perception"))
    trainer = GRPOTrainer(model=os.environ.get("MODEL_PATH", "Qwen/Qwen2.5-VL-7B-Instruct"), reward_funcs=[reward],
                          args=args, train_dataset=data["train"], eval_dataset=data["validation"])
    trainer.train()


if __name__ == "__main__":
    main()
