#!/usr/bin/env python3
"""Runs the reference MultiMatch (multimatch_gaze) on fixtures.json and writes golden.json.

Usage: python3 run_reference.py PATH   (or MULTIMATCH_GAZE_PATH=PATH python3 run_reference.py)
PATH is a checkout of github.com/adswa/multimatch_gaze, the folder that holds the
`multimatch_gaze` package. The reference is imported from there, never copied here.

Each fixation becomes the reference's (start_x, start_y, duration) row with duration = end - start;
the screen size is the image size; no simplification (grouping=False, the reference's default).
A pair the reference cannot compare (fewer than three fixations) is written as null.
"""
import json
import math
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
ref = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MULTIMATCH_GAZE_PATH")
if not ref:
    sys.exit("usage: run_reference.py PATH-TO-multimatch_gaze-CHECKOUT (or set MULTIMATCH_GAZE_PATH)")
sys.path.insert(0, ref)

import numpy as np  # noqa: E402
import scipy.sparse.csgraph  # noqa: E402,F401  (the reference reaches it as scipy.sparse.csgraph)
import multimatch_gaze  # noqa: E402

DIMENSIONS = ["vector", "direction", "length", "position", "duration"]


def recarray(fixations):
    rows = [(f["x"], f["y"], f["end"] - f["start"]) for f in fixations]
    return np.array(rows, dtype=[("start_x", "f8"), ("start_y", "f8"), ("duration", "f8")])


def commit(path):
    try:
        return subprocess.run(["git", "-C", path, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


with open(os.path.join(here, "fixtures.json")) as f:
    fixtures = json.load(f)

results = []
for fx in fixtures:
    size = [fx["size"]["width"], fx["size"]["height"]]
    values = multimatch_gaze.docomparison(recarray(fx["a"]), recarray(fx["b"]), screensize=size)
    values = [float(v) for v in values]
    mm = None if any(math.isnan(v) for v in values) else dict(zip(DIMENSIONS, values))
    results.append({"name": fx["name"], "multimatch": mm})

golden = {
    "reference": "multimatch_gaze " + getattr(multimatch_gaze, "__version__", "?"),
    "referenceCommit": commit(ref),
    "numpy": np.__version__,
    "results": results,
}
with open(os.path.join(here, "golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
    f.write("\n")
print(f"wrote golden.json: {len(results)} pairs")
