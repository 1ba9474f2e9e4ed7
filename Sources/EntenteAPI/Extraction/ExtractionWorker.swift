import CLinux
#if canImport(Glibc)
import Glibc
#endif

/// One worker process of ``IsolatedExtraction`` and the two pipes to it: its standard input, written
/// here, and its standard output, read here. Its standard error is the server's, so what it prints
/// when it traps reaches the server's log.
///
/// Not safe to use from two threads at once; the pool hands each worker to one request at a time.
final class ExtractionWorker: @unchecked Sendable {
    let pid: pid_t
    private var input: Int32
    private var output: Int32
    /// How the process ended, once it has been reaped.
    private(set) var ending: String?

    /// Starts `command` (an executable path, then its arguments).
    ///
    /// The child gets default signal dispositions and an empty mask (the server ignores SIGTERM, SIGINT
    /// and SIGPIPE for its own reasons), a process group of its own (a terminal's Ctrl-C goes to the
    /// server, which then closes the worker's input), and no descriptor but the three standard ones.
    init(command: [String]) throws(ExtractionFailure) {
        guard let executable = command.first else { throw ExtractionFailure(.unavailable("no worker command")) }
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe2(&toChild, O_CLOEXEC) == 0 else { throw ExtractionFailure(.unavailable("pipe: \(String(cString: strerror(errno)))")) }
        guard pipe2(&fromChild, O_CLOEXEC) == 0 else {
            Glibc.close(toChild[0])
            Glibc.close(toChild[1])
            throw ExtractionFailure(.unavailable("pipe: \(String(cString: strerror(errno)))"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        var arguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, &arguments, environ)
        Glibc.close(toChild[0])
        Glibc.close(fromChild[1])
        guard status == 0 else {
            Glibc.close(toChild[1])
            Glibc.close(fromChild[0])
            throw ExtractionFailure(.unavailable("could not start \(executable): \(String(cString: strerror(status)))"))
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
        // The server's ends never block: a worker that stops reading or writing costs the deadline, no more.
        for fd in [input, output] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    /// Sends one message before `deadline`.
    func send(_ request: [UInt8], deadline: ContinuousClock.Instant) throws(ExtractionFrame.Failure) {
        try ExtractionFrame.send(request, to: input, deadline: deadline)
    }

    /// Reads the answer before `deadline`.
    func receive(deadline: ContinuousClock.Instant) throws(ExtractionFrame.Failure) -> [UInt8] {
        guard let answer = try ExtractionFrame.receive(from: output, deadline: deadline) else { throw .closed }
        return answer
    }

    /// Whether the process is still running; reaps it (and records how it ended) if not.
    var isRunning: Bool {
        guard ending == nil else { return false }
        return !reap(blocking: false)
    }

    /// Ends the process at once (SIGKILL) and reaps it.
    func kill() {
        guard ending == nil else { return }
        _ = Glibc.kill(pid, SIGKILL)
        _ = reap(blocking: true)
    }

    /// Closes the worker's input, so it finishes at its next read, and reaps it; kills it if it has not
    /// ended within `grace`.
    func stop(grace: Duration) {
        closePipes()
        let deadline = ContinuousClock.now + grace
        while ending == nil {
            if reap(blocking: false) { break }
            guard ContinuousClock.now < deadline else {
                kill()
                break
            }
            usleep(10_000)
        }
    }

    /// Waits for a process whose pipe has closed: it is ending, but may not have been reaped yet.
    func waitForEnd(grace: Duration) -> String {
        stop(grace: grace)
        return ending ?? "unknown"
    }

    deinit {
        kill()
        closePipes()
    }

    private func closePipes() {
        if input >= 0 { Glibc.close(input) }
        if output >= 0 { Glibc.close(output) }
        input = -1
        output = -1
    }

    /// Reaps the process if it has ended; returns whether it had.
    private func reap(blocking: Bool) -> Bool {
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, blocking ? 0 : WNOHANG) } while result < 0 && errno == EINTR
        guard result != 0 else { return false }
        // (An error means there is no such child left to wait for.)
        ending = result == pid ? Self.describe(status) : "ended, status unknown"
        return true
    }

    /// "exit status 2", "signal 4 (SIGILL)": what `waitpid` reported, as `WIFEXITED`/`WTERMSIG` read it.
    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal == 0 { return "exit status \((status >> 8) & 0xff)" }
        let names: [Int32: String] = [
            SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM",
        ]
        return "signal \(signal)" + (names[signal].map { " (\($0))" } ?? "")
    }
}
