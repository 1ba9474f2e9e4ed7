import ArgumentParser
import EntenteStore

/// `entente token create|revoke NAME`.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API tokens for writes.", subcommands: [Create.self, Revoke.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token; it is printed once, as the last line, and stored only as a hash.")

        @Argument(help: "A name for the token (who or what uses it).")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let token = try store.openStore().createToken(name: name)
                print("Created token '\(name)'. Keep it now: it is not shown again.")
                print(token)
            } catch StoreError.conflict(let detail) {
                throw ValidationError(detail)
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by name.")

        @Argument(help: "The token's name.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            guard try store.openStore().revokeToken(name: name) else {
                throw ValidationError("No live token named '\(name)'.")
            }
            print("Revoked token '\(name)'.")
        }
    }
}
