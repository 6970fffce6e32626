// The NeuralNet module; see README.md beside this file.
