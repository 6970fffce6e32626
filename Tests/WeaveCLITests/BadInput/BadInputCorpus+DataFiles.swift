// CSV files: missing, malformed, outside the notebook's folder.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let dataFiles: [BadInputCase] = [
        BadInputCase(
            "missing CSV file",
            notebook: block(#"pts = csv "points.csv""#),
            stderr: #"""
            notebooks/nb.md:4:11: error: cannot read "points.csv": no such file next to the notebook
               4 | pts = csv "points.csv"
                 |           ^~~~~~~~~~~~ paths are relative to the notebook's folder
            1 error

            """#),
        BadInputCase(
            "empty CSV file",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text("")],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:1:1: error: the CSV file is empty; expected a header row naming the columns
               1 | 
                 | ^
            1 error

            """#),
        BadInputCase(
            "CSV with only a header",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text(#"""
            x,y,label

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:1:1: error: the CSV file has a header but no data rows
               1 | x,y,label
                 | ^
            1 error

            """#),
        BadInputCase(
            "ragged CSV",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text(#"""
            x,y,label
            1,2,0
            3,1

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:3:4: error: row has 2 fields but the header has 3 columns
               3 | 3,1
                 |    ^
            1 error

            """#),
        BadInputCase(
            "non-numeric CSV",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text(#"""
            x,y,label
            1,2,0
            3,abc,1

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:3:3: error: 'abc' in column 'y' is not a number
               3 | 3,abc,1
                 |   ^
            1 error

            """#),
        BadInputCase(
            "NaN in a CSV",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text(#"""
            x,y,label
            1,2,0
            3,nan,1

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:3:3: error: 'nan' in column 'y' is NaN; features must be finite numbers
               3 | 3,nan,1
                 |   ^
            1 error

            """#),
        BadInputCase(
            "Inf in a CSV",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text(#"""
            x,y,label
            1,2,0
            3,inf,1

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:3:3: error: 'inf' in column 'y' is infinite; features must be finite numbers
               3 | 3,inf,1
                 |   ^
            1 error

            """#),
        BadInputCase(
            "no such label column",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .text(#"""
            x,y,class
            1,2,0
            3,4,1

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "points.csv" here
               4 | pts = csv "points.csv"
                 | ^
            notebooks/points.csv:1:1: error: no column named 'label'; the columns are 'x', 'y', 'class'
               1 | x,y,class
                 | ^
            1 error

            """#),
        BadInputCase(
            "CSV outside the folder",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "../points.csv""#)), "points.csv": .text(#"""
            x,y,label
            1,2,0

            """#)],
            stderr: #"""
            notebooks/nb.md:4:11: error: the path "../points.csv" leaves the notebook's folder
               4 | pts = csv "../points.csv"
                 |           ^~~~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error

            """#),
        BadInputCase(
            "CSV at an absolute path",
            notebook: block(#"pts = csv "/etc/hostname""#),
            stderr: #"""
            notebooks/nb.md:4:11: error: the path "/etc/hostname" leaves the notebook's folder
               4 | pts = csv "/etc/hostname"
                 |           ^~~~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error

            """#),
        BadInputCase(
            "CSV through a symbolic link out",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "outside.csv": .text(#"""
            x,y,label
            1,2,0

            """#)],
            links: ["notebooks/points.csv": "../outside.csv"],
            stderr: #"""
            notebooks/nb.md:4:11: error: the path "points.csv" leads outside the notebook's folder
               4 | pts = csv "points.csv"
                 |           ^~~~~~~~~~~~ keep data files in the notebook's folder (symbolic links may not leave it)
            1 error

            """#),
        BadInputCase(
            "non-UTF-8 CSV",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "points.csv""#)), "notebooks/points.csv": .bytes(Array("x,y,label\n1,2,0\n".utf8) + [0xFF, 0xFE] + Array(",1,1\n".utf8))],
            stderr: #"""
            notebooks/nb.md:4:11: error: "points.csv" is not UTF-8 text
               4 | pts = csv "points.csv"
                 |           ^~~~~~~~~~~~ save the file as UTF-8
            1 error

            """#),
    ]
}
