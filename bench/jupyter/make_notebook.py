#!/usr/bin/env python3
"""Writes experiment.ipynb: the hidden-size experiment as a Jupyter notebook, for comparing
`jupyter nbconvert --execute` with `weave build` on experiment.md (bench/compare-jupyter.sh).

The same content as experiment.md: the data plotted, six 2-h-2 networks trained with the
original program's numpy formulas (reseeding 3 before each), their decision boundaries in a
2 x 3 grid (matplotlib contourf over a 0.01-step grid, as the original), an accuracy table and
the loss curves on a log axis.

    python3 make_notebook.py OUT.ipynb
"""
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

CELLS = [
    ("md", "# The hidden-size experiment\n\nSixty points of two noisy moons."),
    ("code", """\
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import make_moons

np.random.seed(1)
X, y = make_moons(60, noise=1.0)
targets = np.eye(2)[y]
plt.scatter(X[:, 0], X[:, 1], c=y, cmap=plt.cm.Spectral)
plt.title("The sixty two-moons points")
plt.show()"""),
    ("md", "Networks 2-h-2, tanh hidden, sigmoid outputs, cross-entropy, rate 0.1, 30000 iterations."),
    ("code", """\
def forward(X, w1, b1, w2, b2):
    hidden = np.tanh(X @ w1.T + b1)
    return hidden, 1 / (1 + np.exp(-(hidden @ w2.T + b2)))

def train(h, iterations=30000, rate=0.1, record=150):
    np.random.seed(3)
    w1 = np.random.randn(h, 2) / np.sqrt(2); b1 = np.zeros(h)
    w2 = np.random.randn(2, h) / np.sqrt(h); b2 = np.zeros(2)
    m = X.shape[0]
    losses = []
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for iteration in range(iterations):
            hidden, output = forward(X, w1, b1, w2, b2)
            if iteration % record == 0:
                losses.append(-np.sum(targets * np.log(output) + (1 - targets) * np.log(1 - output)) / m)
            delta_out = (output - targets) / m
            delta_hidden = (delta_out @ w2) * (1 - hidden ** 2)
            w2 -= rate * (delta_out.T @ hidden); b2 -= rate * delta_out.sum(axis=0)
            w1 -= rate * (delta_hidden.T @ X); b1 -= rate * delta_hidden.sum(axis=0)
    return (w1, b1, w2, b2), losses

sizes = [1, 2, 4, 10, 20, 50]
models = {h: train(h) for h in sizes}"""),
    ("code", """\
x_min, x_max = X[:, 0].min() - .5, X[:, 0].max() + .5
y_min, y_max = X[:, 1].min() - .5, X[:, 1].max() + .5
xx, yy = np.meshgrid(np.arange(x_min, x_max, 0.01), np.arange(y_min, y_max, 0.01))
plt.figure(figsize=(16, 24))
for i, h in enumerate(sizes):
    plt.subplot(3, 2, i + 1)
    plt.title(f"Hidden layer size {h}")
    _, out = forward(np.c_[xx.ravel(), yy.ravel()], *models[h][0])
    plt.contourf(xx, yy, out.argmax(axis=1).reshape(xx.shape), cmap=plt.cm.Spectral)
    plt.scatter(X[:, 0], X[:, 1], c=y, cmap=plt.cm.Spectral)
plt.show()"""),
    ("code", """\
for h in sizes:
    _, out = forward(X, *models[h][0])
    print(f"2-{h}-2: accuracy {np.sum(out.argmax(axis=1) == y)}/60, final loss {models[h][1][-1]:.6g}")"""),
    ("code", """\
for h in sizes:
    plt.semilogy(np.arange(len(models[h][1])) * 150, models[h][1], label=f"h = {h}")
plt.legend(); plt.title("Training loss of the six networks"); plt.show()"""),
]


def main():
    notebook = new_notebook()
    notebook.cells = [new_markdown_cell(text) if kind == "md" else new_code_cell(text) for kind, text in CELLS]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, sys.argv[1])


if __name__ == "__main__":
    main()
