#!/usr/bin/env python3
"""Writes fixtures.json: the scanpath pairs MultiMatch is checked on (run once; the JSON is checked in).

Each fixture: name, image size, and two scanpaths as fixations {start, end, x, y} (image pixels,
seconds), the shape the project's tracks use. Random ones come from a seeded generator, so this
script always writes the same file.
"""
import json
import math
import random

rng = random.Random(20260101)


def path(points, durations, t0=0.0, gap=0.03):
    out, t = [], t0
    for (x, y), d in zip(points, durations):
        out.append({"start": round(t, 3), "end": round(t + d, 3), "x": round(x, 1), "y": round(y, 1)})
        t += d + gap
    return out


def random_points(n, w, h):
    return [(rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.95) * h) for _ in range(n)]


def random_durations(n, lo=0.12, hi=0.6):
    return [round(rng.uniform(lo, hi), 3) for _ in range(n)]


W, H = 1024, 1024
base_pts = random_points(7, W, H)
base_dur = random_durations(7)
base = path(base_pts, base_dur)
square = [(200, 200), (800, 200), (800, 800), (200, 800), (200, 210)]
rotated = [(512 + (x - 500) * math.cos(0.3) - (y - 500) * math.sin(0.3), 512 + (x - 500) * math.sin(0.3) + (y - 500) * math.cos(0.3)) for x, y in square]

fixtures = [
    {"name": "identical", "a": base, "b": base},
    {"name": "reversed", "a": base, "b": path(base_pts[::-1], base_dur[::-1])},
    {"name": "shifted", "a": base, "b": path([(x + 120, y - 80) for x, y in base_pts], base_dur)},
    {"name": "different lengths (5 vs 9)", "a": path(random_points(5, W, H), random_durations(5)), "b": path(random_points(9, W, H), random_durations(9))},
    {"name": "shortest comparable (3 vs 3)", "a": path(random_points(3, W, H), random_durations(3)), "b": path(random_points(3, W, H), random_durations(3))},
    {"name": "single saccade (2 vs 4): no comparison", "a": path(random_points(2, W, H), random_durations(2)), "b": path(random_points(4, W, H), random_durations(4))},
    {"name": "same places, long vs short durations", "a": path(base_pts, [d * 4 for d in base_dur]), "b": path(base_pts, [d / 2 for d in base_dur])},
    {"name": "square vs rotated square", "a": path(square, [0.2, 0.3, 0.25, 0.35, 0.3]), "b": path(rotated, [0.22, 0.28, 0.3, 0.31, 0.27])},
    {"name": "horizontal vs vertical zigzag", "a": path([(100 + 110 * k, 300 + (40 if k % 2 else 0)) for k in range(8)], random_durations(8)), "b": path([(500 + (37 if k % 2 else 0), 90 + 105 * k) for k in range(8)], random_durations(8))},
    {"name": "a repeated position (zero-length saccade)", "a": path([(300, 300), (300, 300), (600, 420), (610, 700), (250, 640)], random_durations(5)), "b": path(random_points(6, W, H), random_durations(6))},
    {"name": "wide image 2000x1000, 8 vs 8", "size": [2000, 1000], "a": path(random_points(8, 2000, 1000), random_durations(8)), "b": path(random_points(8, 2000, 1000), random_durations(8))},
    {"name": "tall image 600x1400, 12 vs 7", "size": [600, 1400], "a": path(random_points(12, 600, 1400), random_durations(12)), "b": path(random_points(7, 600, 1400), random_durations(7))},
    {"name": "a whole read each (64 vs 58)", "size": [2500, 2048], "a": path(random_points(64, 2500, 2048), random_durations(64, 0.08, 1.2)), "b": path(random_points(58, 2500, 2048), random_durations(58, 0.08, 1.2))},
]
for f in fixtures:
    w, h = f.pop("size", [W, H])
    f["size"] = {"width": w, "height": h}

with open("fixtures.json", "w") as out:
    json.dump(fixtures, out, indent=1)
    out.write("\n")
