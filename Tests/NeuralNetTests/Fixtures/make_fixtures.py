#!/usr/bin/env python3
"""Writes the JSON fixtures that NeuralNetTests compare NumpyRandom and the datasets against.

Run from anywhere: python3 Tests/NeuralNetTests/Fixtures/make_fixtures.py
Needs numpy and scikit-learn; the Swift tests only read the JSON files this writes.
Every double is stored as float.hex() so the tests can compare bit for bit.
"""
import json
import os
import sys

import numpy as np
from sklearn.datasets import make_blobs, make_circles, make_moons
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))


def hexes(values):
    return [float(v).hex() for v in np.asarray(values, dtype=np.float64).ravel()]


def matrix(values):
    values = np.asarray(values, dtype=np.float64)
    return {"rows": int(values.shape[0]), "columns": int(values.shape[1]), "values": hexes(values)}


def words(seed, count):
    np.random.seed(seed)
    return [int(w) for w in np.random.randint(0, 2**32, size=count, dtype=np.uint32)]


def random_fixtures():
    fixtures = {"numpy": np.__version__}
    np.random.seed(5489)
    fixtures["seededKey"] = {"seed": 5489, "key": [int(k) for k in np.random.get_state()[1][:8]]}
    # 1300 words cross two refills of the 624-word state.
    fixtures["words"] = [{"seed": s, "values": words(s, 1300)} for s in (0, 1, 5489, 4294967295)]

    samples = []
    for seed in (0, 1, 3):
        np.random.seed(seed)
        samples.append({"seed": seed, "values": hexes(np.random.random_sample(20))})
    fixtures["randomSample"] = samples

    normals = []
    for seed in (0, 1, 3):
        np.random.seed(seed)
        normals.append({"seed": seed, "values": hexes([np.random.standard_normal() for _ in range(21)])})
    fixtures["standardNormal"] = normals

    # The cached second value of a pair survives other draws but not a reseed.
    np.random.seed(2)
    first = np.random.standard_normal()
    between = np.random.random_sample()
    cached = np.random.standard_normal()
    np.random.seed(2)
    first_again = np.random.standard_normal()
    np.random.standard_normal()
    np.random.seed(2)
    after_reseed = np.random.standard_normal()
    fixtures["gaussianCache"] = {
        "seed": 2,
        "first": first.hex(), "between": float(between).hex(), "cached": cached.hex(),
        "firstAgain": first_again.hex(), "afterReseed": after_reseed.hex(),
    }

    np.random.seed(11)
    fixtures["normal"] = {"seed": 11, "mean": 1.5, "standardDeviation": 0.25,
                          "values": hexes(np.random.normal(1.5, 0.25, size=9))}
    np.random.seed(12)
    fixtures["uniform"] = {"seed": 12, "low": -6.0, "high": 6.0,
                           "values": hexes(np.random.uniform(-6.0, 6.0, size=9))}

    intervals = []
    for maximum in (0, 1, 2, 5, 59, 100, 2**31, 2**32 - 1, 2**32, 2**40 + 3):
        np.random.seed(7)
        values = np.random.randint(0, maximum + 1, size=12, dtype=np.int64)
        intervals.append({"seed": 7, "max": maximum, "values": [int(v) for v in values]})
    fixtures["interval"] = intervals

    permutations = []
    for n in (0, 1, 2, 10, 60, 1000):
        np.random.seed(n + 100)
        permutations.append({"seed": n + 100, "n": n, "values": [int(v) for v in np.random.permutation(n)]})
    fixtures["permutation"] = permutations
    np.random.seed(9)
    letters = list("abcdefghijklmnop")
    np.random.shuffle(letters)
    fixtures["shuffle"] = {"seed": 9, "input": list("abcdefghijklmnop"), "values": letters}

    # The tutorial's weights: W1 = randn(h, 2)/sqrt(2), W2 = randn(2, h)/sqrt(h).
    sizes = (1, 2, 4, 10, 20, 50)
    reseeded = []
    for h in sizes:
        np.random.seed(3)
        w1 = np.random.randn(h, 2) / np.sqrt(2)
        w2 = np.random.randn(2, h) / np.sqrt(h)
        reseeded.append({"hidden": h, "w1": matrix(w1), "w2": matrix(w2)})
    np.random.seed(3)
    stream = []
    for h in sizes:
        w1 = np.random.randn(h, 2) / np.sqrt(2)
        w2 = np.random.randn(2, h) / np.sqrt(h)
        stream.append({"hidden": h, "w1": matrix(w1), "w2": matrix(w2)})
    fixtures["tutorialWeights"] = {"seed": 3, "reseededEach": reseeded, "oneStream": stream}
    return fixtures


def dataset(X, y):
    return {"features": matrix(X), "labels": [int(v) for v in y]}


def dataset_fixtures():
    fixtures = {"numpy": np.__version__, "sklearn": __import__("sklearn").__version__}
    moons = []
    for seed, n, noise, shuffle in ((1, 60, 1.0, True), (42, 101, 0.2, True), (5, 7, None, True),
                                    (6, 9, 0.1, False), (8, 1, 0.3, True)):
        np.random.seed(seed)
        X, y = make_moons(n, noise=noise, shuffle=shuffle)
        moons.append({"seed": seed, "samples": n, "noise": noise, "shuffle": shuffle, **dataset(X, y)})
    fixtures["moons"] = moons

    circles = []
    for seed, n, noise, factor, shuffle in ((1, 60, 0.1, 0.5, True), (42, 101, 0.05, 0.8, True),
                                            (4, 10, None, 0.3, True), (6, 9, 0.2, 0.6, False)):
        np.random.seed(seed)
        X, y = make_circles(n, noise=noise, factor=factor, shuffle=shuffle)
        circles.append({"seed": seed, "samples": n, "noise": noise, "factor": factor, "shuffle": shuffle,
                        **dataset(X, y)})
    fixtures["circles"] = circles

    blobs = []
    for seed, n, centers, spread, shuffle in ((0, 40, [[-1, -1], [1, 1]], 0.4, True),
                                              (3, 11, [[0, 0, 1], [2, 2, 2], [-3, 1, 0.5]], 1.5, True),
                                              (2, 7, [[5, -5], [-5, 5]], 0.1, False)):
        np.random.seed(seed)
        X, y = make_blobs(n, centers=np.array(centers, dtype=float), cluster_std=spread, shuffle=shuffle)
        blobs.append({"seed": seed, "samples": n, "centers": centers, "spread": spread, "shuffle": shuffle,
                      **dataset(X, y)})
    fixtures["blobs"] = blobs

    # train_test_split with the global generator (random_state=None): a permutation, test rows first.
    splits = []
    for seed, n, fraction in ((0, 60, 0.25), (7, 10, 0.3), (9, 5, 0.5), (4, 60, 0.1)):
        np.random.seed(seed)
        rows = np.arange(n)
        train, test = train_test_split(rows, test_size=fraction)
        splits.append({"seed": seed, "samples": n, "testFraction": fraction,
                       "train": [int(v) for v in train], "test": [int(v) for v in test]})
    fixtures["split"] = splits

    spaces = []
    for start, stop, count, endpoint in ((0, np.pi, 30, True), (0, np.pi, 1, True), (0, np.pi, 0, True),
                                         (0, 2 * np.pi, 31, False), (-1.5, 2.25, 7, True), (3.0, 3.0, 4, True),
                                         (0, 5e-324, 3, True)):
        spaces.append({"start": float(start).hex(), "stop": float(stop).hex(), "count": count,
                       "endpoint": endpoint, "values": hexes(np.linspace(start, stop, count, endpoint=endpoint))})
    fixtures["linspace"] = spaces
    return fixtures


def write(name, fixtures):
    path = os.path.join(HERE, name)
    with open(path, "w") as f:
        json.dump(fixtures, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(path), file=sys.stderr)


if __name__ == "__main__":
    write("random.json", random_fixtures())
    write("datasets.json", dataset_fixtures())
