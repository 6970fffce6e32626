// The MathML module; see README.md beside this file.
