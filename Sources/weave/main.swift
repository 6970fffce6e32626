import Foundation
import WeaveCLI

exit(Weave.main(Array(CommandLine.arguments.dropFirst())))
