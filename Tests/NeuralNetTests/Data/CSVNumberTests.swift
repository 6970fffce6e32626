import Testing
@testable import NeuralNet

@Suite struct CSVNumberTests {
    @Test(arguments: [("12", 12.0), ("-0.5", -0.5), (".5", 0.5), ("5.", 5), ("+2e3", 2000), ("1E-3", 0.001),
                      ("0.1", 0.1), ("-0", -0.0)])
    func decimals(text: String, value: Double) {
        #expect(CSVNumber(text) == .finite(value))
    }

    @Test(arguments: ["", ".", "e5", "1e", "1e+", "0x10", "1,5", "1 2", "abc", "1.2.3", "--1", "nan(1)"])
    func notNumbers(text: String) {
        #expect(CSVNumber(text) == nil)
    }

    @Test func nanAndInfinity() {
        for text in ["nan", "NaN", "-NAN", "+nan"] { #expect(CSVNumber(text) == .notANumber) }
        for text in ["inf", "-Inf", "Infinity", "1e999", "-1e400"] { #expect(CSVNumber(text) == .infinite) }
        #expect(CSVNumber("1e-400") == .finite(0))
    }

    @Test func looksNumeric() {
        for text in ["1", "1.2.3", "-.5x", "+7kg", "0x10", "nan"] { #expect(CSVNumber.looksNumeric(text), "\(text)") }
        for text in ["", "a1", "-", ".", "x", "-a"] { #expect(!CSVNumber.looksNumeric(text), "\(text)") }
    }
}
