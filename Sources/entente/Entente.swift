import ArgumentParser

/// The `entente` command line.
@main
struct Entente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Entente: one record per real diplomatic event, served over HTTP.",
        subcommands: [ServeCommand.self, MigrateCommand.self, TokenCommand.self, ImportCommand.self, ExtractCommand.self, IngestCommand.self, ExtractWorkerCommand.self],
        defaultSubcommand: nil
    )
}
