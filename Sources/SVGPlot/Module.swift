// The SVGPlot module; see README.md beside this file.
