#!/usr/bin/env python3
"""The tutorial's experiment in numpy, timing only the training loops, for bench/compare-numpy.sh.

    python3 bench/numpy_experiment.py [--runs N]

The same algorithm as bench/original_experiment.py --reseed-each (full-batch gradient descent,
rate 0.1, 30000 iterations, tanh hidden layer, two sigmoid outputs, naive cross-entropy computed
every iteration as the original does), without scikit-learn: make_moons(60, noise=1.0) after
np.random.seed(1) is written out here with the same calls on numpy's global generator
(linspace half circles, a shuffle of the indices, then Gaussian noise), so only numpy is needed.

Prints per h: median training time of N runs, accuracy and final cost; then the total of the
medians as `numpy_seconds=…`.
"""
import argparse
import statistics
import time

import numpy as np

HIDDEN_SIZES = (1, 2, 4, 10, 20, 50)
ITERATIONS = 30000
RATE = 0.1


def make_moons(samples, noise):
    # scikit-learn's make_moons with shuffle=True and the global generator.
    outer, inner = samples // 2, samples - samples // 2
    x = np.concatenate([np.cos(np.linspace(0, np.pi, outer)), 1 - np.cos(np.linspace(0, np.pi, inner))])
    y = np.concatenate([np.sin(np.linspace(0, np.pi, outer)), 1 - np.sin(np.linspace(0, np.pi, inner)) - 0.5])
    X = np.vstack([x, y]).T
    labels = np.hstack([np.zeros(outer, dtype=np.intp), np.ones(inner, dtype=np.intp)])
    indices = np.arange(samples)
    np.random.shuffle(indices)
    X, labels = X[indices], labels[indices]
    X = X + np.random.normal(scale=noise, size=X.shape)
    return X, labels


def train(X, targets, h):
    np.random.seed(3)
    w1 = np.random.randn(h, 2) / np.sqrt(2)
    w2 = np.random.randn(2, h) / np.sqrt(h)
    b1, b2 = np.zeros(h), np.zeros(2)
    m = X.shape[0]
    start = time.perf_counter()
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for _ in range(ITERATIONS):
            hidden = np.tanh(X @ w1.T + b1)
            output = 1 / (1 + np.exp(-(hidden @ w2.T + b2)))
            cost = -np.sum(targets * np.log(output) + (1 - targets) * np.log(1 - output)) / m
            delta_out = (output - targets) / m
            delta_hidden = (delta_out @ w2) * (1 - hidden ** 2)
            w2 -= RATE * (delta_out.T @ hidden)
            b2 -= RATE * delta_out.sum(axis=0)
            w1 -= RATE * (delta_hidden.T @ X)
            b1 -= RATE * delta_hidden.sum(axis=0)
    elapsed = time.perf_counter() - start
    output = 1 / (1 + np.exp(-(np.tanh(X @ w1.T + b1) @ w2.T + b2)))
    return elapsed, output, cost


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    np.random.seed(1)
    X, labels = make_moons(60, noise=1.0)
    targets = np.eye(2)[labels]
    total = 0.0
    for h in HIDDEN_SIZES:
        times = []
        for _ in range(args.runs):
            elapsed, output, cost = train(X, targets, h)
            times.append(elapsed)
        median = statistics.median(times)
        total += median
        correct = int(np.sum(np.argmax(output, axis=1) == labels))
        print("numpy 2-%d-2  %8.1f ms (%.1f-%.1f)  accuracy %d/%d  last cost %r"
              % (h, median * 1000, min(times) * 1000, max(times) * 1000, correct, len(labels), float(cost)))
    print("numpy_seconds=%r" % total)


if __name__ == "__main__":
    main()
