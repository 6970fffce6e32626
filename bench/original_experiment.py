#!/usr/bin/env python3
"""The tutorial's original experiment in plain numpy: 2-h-2 networks on 60 noisy moons.

    python3 bench/original_experiment.py                 # seed(3) once, one stream for all six networks
    python3 bench/original_experiment.py --reseed-each   # seed(3) again before each network

Data: np.random.seed(1); make_moons(60, noise=1.0). Networks: tanh hidden layer of h neurons,
two sigmoid outputs with one-hot targets, weights randn(fan_out, fan_in) / sqrt(fan_in), zero
biases. Full-batch gradient descent, rate 0.1, 30000 iterations, on the naive cross-entropy
    C = -(1/m) * sum over samples and outputs of (t log o + (1 - t) log(1 - o)),
whose gradient on the output net input is (o - t) / m. The naive formula is kept on purpose:
once an output saturates to exactly 1.0 (or 0.0) the cost becomes NaN, as in the original.

Prints, per h: final cost, training accuracy, first NaN iteration (0-based, cost computed before
that iteration's update) with the first sample whose term is NaN, and the training time.
"""
import argparse
import time

import numpy as np
from sklearn.datasets import make_moons

HIDDEN_SIZES = (1, 2, 4, 10, 20, 50)
ITERATIONS = 30000
RATE = 0.1


def initial_weights(h):
    # One layer at a time, as the original: hidden (h x 2) then output (2 x h).
    w1 = np.random.randn(h, 2) / np.sqrt(2)
    w2 = np.random.randn(2, h) / np.sqrt(h)
    return w1, np.zeros(h), w2, np.zeros(2)


def forward(X, w1, b1, w2, b2):
    hidden = np.tanh(X @ w1.T + b1)
    output = 1 / (1 + np.exp(-(hidden @ w2.T + b2)))
    return hidden, output


def sample_costs(output, targets):
    # Per-sample terms of the naive cross-entropy, summed over the two outputs.
    return -np.sum(targets * np.log(output) + (1 - targets) * np.log(1 - output), axis=1)


def train(X, targets, h):
    w1, b1, w2, b2 = initial_weights(h)
    m = X.shape[0]
    first_nan = None
    cost = None
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for iteration in range(ITERATIONS):
            hidden, output = forward(X, w1, b1, w2, b2)
            costs = sample_costs(output, targets)
            cost = np.sum(costs) / m
            if first_nan is None and np.isnan(cost):
                first_nan = (iteration, int(np.flatnonzero(np.isnan(costs))[0]))
            # dC/dz2 = (o - t) / m; back through W2 and tanh' = 1 - tanh².
            delta_out = (output - targets) / m
            delta_hidden = (delta_out @ w2) * (1 - hidden ** 2)
            w2 -= RATE * (delta_out.T @ hidden)
            b2 -= RATE * delta_out.sum(axis=0)
            w1 -= RATE * (delta_hidden.T @ X)
            b1 -= RATE * delta_hidden.sum(axis=0)
        _, output = forward(X, w1, b1, w2, b2)
        final_cost = np.sum(sample_costs(output, targets)) / m
    return final_cost, output, first_nan


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reseed-each", action="store_true",
                        help="call np.random.seed(3) before each network instead of once")
    args = parser.parse_args()

    np.random.seed(1)
    X, y = make_moons(60, noise=1.0)
    targets = np.eye(2)[y]

    print("seeding:", "np.random.seed(3) before each network" if args.reseed_each
          else "np.random.seed(3) once, one stream for all networks")
    np.random.seed(3)
    total = 0.0
    for h in HIDDEN_SIZES:
        if args.reseed_each:
            np.random.seed(3)
        start = time.perf_counter()
        final_cost, output, first_nan = train(X, targets, h)
        elapsed = time.perf_counter() - start
        total += elapsed
        correct = int(np.sum(np.argmax(output, axis=1) == y))
        nan_text = "none" if first_nan is None else "iteration %d, sample %d" % first_nan
        print("h = %2d  final cost %-22r accuracy %2d/%d  first NaN: %-26s time %.2f s"
              % (h, float(final_cost), correct, len(y), nan_text, elapsed))
    print("total training time %.2f s" % total)


if __name__ == "__main__":
    main()
