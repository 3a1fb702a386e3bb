"""Runs one released AlgoPuzzleVQA generator script and stops it once it has saved N images.

Used by bench-vs-released.sh: the released scripts always make 100 instances, so timing a run that
stops after 5 and one that stops after 25 gives the marginal cost of an instance, (T(25) - T(5)) / 20,
without their set-up (imports, solution tables) and without editing their code. The scripts draw their
instances unseeded; seeding Python's and NumPy's generators here makes both runs draw the same instances,
so that the difference times instances 6..25 of one fixed sequence (unseeded, a single slow water_jugs
instance once made T(45) smaller than T(25)).

    python3 released_until.py GENERATION_DIR SCRIPT.py N
"""
import os
import random
import runpy
import sys

import matplotlib

matplotlib.use("Agg")  # the scripts call pyplot without a display
import matplotlib.pyplot as plt  # noqa: E402
import numpy  # noqa: E402
from PIL import Image  # noqa: E402

generation_dir, script, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
saved = 0


def counting(save, target_at):
    """Wraps a save function whose file argument is positional argument {target_at}."""
    def wrapper(*args, **kwargs):
        global saved
        result = save(*args, **kwargs)
        target = args[target_at] if len(args) > target_at else kwargs.get("fp", kwargs.get("fname"))
        if isinstance(target, (str, os.PathLike)):  # not the in-memory copies some scripts make
            saved += 1
            if saved >= wanted:
                sys.stdout.flush()
                os._exit(0)
        return result
    return wrapper


plt.savefig = counting(plt.savefig, 0)
Image.Image.save = counting(Image.Image.save, 1)  # after self
random.seed(0)
numpy.random.seed(0)
os.chdir(generation_dir)
sys.path.insert(0, generation_dir)  # their `from utils.state import State`
sys.argv = [script]
runpy.run_path(script, run_name="__main__")
sys.exit(f"{script} ended after {saved} images, fewer than {wanted}")
