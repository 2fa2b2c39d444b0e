import CRaptor2
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// Collects the messages Raptor logs for one world. The C log callback only
/// appends here; Swift code reads and clears it after each C call returns.
final class RaptorLog {
    var messages: [RaptorMessage] = []
    /// Index of the first message not yet attributed to an operation.
    private var mark = 0

    func reset() {
        messages.removeAll()
        mark = 0
    }

    /// Messages logged since the last call, and moves the mark past them.
    func take() -> [RaptorMessage] {
        let out = Array(messages[mark...])
        mark = messages.count
        return out
    }

    /// Whether an error or fatal message arrived since the last `take()`.
    var hasNewError: Bool {
        messages[mark...].contains(where: \.isError)
    }
}

/// A checked-out `raptor_world`, with a log handler installed.
///
/// Worlds are pooled, never freed. `raptor_free_world` calls libxml2's
/// `xmlCleanupParser()` unconditionally (Raptor 2.0.15,
/// `raptor_libxml_finish`), which tears down libxml2's global state while
/// other threads may be parsing RDF/XML with it, and `raptor_world_open`
/// calls `xmlInitParser()` and `curl_global_init()`, which are not safe to
/// call concurrently either. So worlds are opened one at a time under a
/// process-wide lock and, when their owner is deinitialised, returned to the
/// pool (`RaptorWorldPool`) for the next parse or write; the pool owns the
/// idle worlds for the life of the process. Per-use state is reset on
/// checkout: the log is emptied and the generated blank-node counter
/// restarts, so output does not depend on earlier uses.
///
/// Every `RaptorParser`, `RaptorSerializer`, `RaptorIOStream` and
/// `RaptorURI` holds a strong reference to its world, so the world goes back
/// to the pool last. Not thread-safe; each parse or write uses its own world.
final class RaptorWorld {
    let pointer: OpaquePointer
    let log: RaptorLog
    private let entry: RaptorWorldPool.Entry

    /// - Parameter internURIs: whether Raptor shares one `raptor_uri` per
    ///   distinct string (its default; a tree search per URI). Parsing turns
    ///   it off and interns in Swift instead (`IRITable`).
    init(internURIs: Bool = true) throws(RaptorError) {
        entry = try RaptorWorldPool.checkOut(internURIs: internURIs)
        pointer = entry.pointer
        log = entry.log
    }

    deinit { RaptorWorldPool.checkIn(entry) }

    /// The prefix of the blank-node ids Raptor generates (for `[ ]`, lists,
    /// RDF/XML nodes without `rdf:nodeID`): `!genid`.
    static let generatedLabelMark = "!genid"

    static func convert(_ message: raptor_log_message) -> RaptorMessage {
        let level: RaptorMessage.Level
        switch message.level {
        case RAPTOR_LOG_LEVEL_TRACE: level = .trace
        case RAPTOR_LOG_LEVEL_DEBUG: level = .debug
        case RAPTOR_LOG_LEVEL_INFO: level = .info
        case RAPTOR_LOG_LEVEL_WARN: level = .warning
        case RAPTOR_LOG_LEVEL_ERROR: level = .error
        default: level = .fatal
        }
        var text = ""
        if let cText = message.text {
            let count = strlen(cText)
            text = cText.withMemoryRebound(to: UInt8.self, capacity: count) {
                RaptorMessage.cleanText(UnsafeBufferPointer(start: $0, count: count))
            }
        }
        var position: SourcePosition?
        if let locator = message.locator, locator.pointee.line >= 0 {
            let l = locator.pointee
            position = SourcePosition(line: Int(l.line), column: max(Int(l.column), 0), offset: max(Int(l.byte), 0))
        }
        return RaptorMessage(level: level, text: text, position: position, code: message.code >= 0 ? Int(message.code) : nil)
    }
}

/// The process-wide pool of open Raptor worlds (see `RaptorWorld` for why
/// worlds are never freed). It is the owner of every idle world.
enum RaptorWorldPool {
    /// One open world and the log box its handler appends to.
    struct Entry: @unchecked Sendable {
        // Sendable by discipline: an entry is used by one owner at a time,
        // and moves between threads only through the pool's lock.
        let pointer: OpaquePointer
        let log: RaptorLog
        let internURIs: Bool
    }

    private static let idle = Mutex<[Entry]>([])

    static func checkOut(internURIs: Bool) throws(RaptorError) -> Entry {
        let result: Result<Entry, RaptorError> = idle.withLock { entries in
            if let i = entries.lastIndex(where: { $0.internURIs == internURIs }) {
                return .success(entries.remove(at: i))
            }
            // Opening runs under the lock: xmlInitParser and curl_global_init are not thread-safe.
            return open(internURIs: internURIs)
        }
        let entry = try result.get()
        entry.log.reset()
        // Generated blank-node ids restart at !genid1 for every use. The `!`
        // (no blank-node label holds one) keeps them apart from written
        // labels: with Raptor's default prefix, `[ ]` and `_:genid1` in one
        // Turtle document were one node. StatementCollector drops the mark.
        RaptorWorld.generatedLabelMark.withCString { prefix in
            raptor_world_set_generate_bnodeid_parameters(entry.pointer, UnsafeMutablePointer(mutating: prefix), 1)
        }
        return entry
    }

    static func checkIn(_ entry: Entry) {
        entry.log.reset()
        idle.withLock { $0.append(entry) }
    }

    private static func open(internURIs: Bool) -> Result<Entry, RaptorError> {
        guard let world = osce_kg_raptor_new_world() else {
            return .failure(RaptorError(kind: .library, message: "raptor_new_world failed"))
        }
        let log = RaptorLog()
        // Flags and the log handler must be set before raptor_world_open().
        if !internURIs { raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0) }
        // Do not swap libxml2's process-wide error handlers per world.
        raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_LIBXML_GENERIC_ERROR_SAVE, 0)
        raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_LIBXML_STRUCTURED_ERROR_SAVE, 0)
        raptor_world_set_log_handler(world, Unmanaged.passRetained(log).toOpaque()) { context, message in
            guard let context, let message else { return }
            let log = Unmanaged<RaptorLog>.fromOpaque(context).takeUnretainedValue()
            log.messages.append(RaptorWorld.convert(message.pointee))
        }
        if raptor_world_open(world) != 0 {
            let messages = log.take()
            // A world that failed to open is not pooled; freeing it is the only safe choice.
            raptor_free_world(world)
            return .failure(RaptorError(kind: .library, message: "raptor_world_open failed", messages: messages))
        }
        return .success(Entry(pointer: world, log: log, internURIs: internURIs))
    }
}

/// The owner of one reference to a `raptor_uri`.
final class RaptorURI {
    let world: RaptorWorld
    let pointer: OpaquePointer

    /// Creates a URI from `string` (passed with its length).
    init(_ world: RaptorWorld, _ string: String) throws(RaptorError) {
        self.world = world
        let count = string.utf8.count
        let made: OpaquePointer? = string.withCString {
            raptor_new_uri_from_counted_string(world.pointer, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count)
        }
        guard let made else {
            throw RaptorError(kind: .invalidTerm, message: "Raptor could not make a URI of <\(string)>", messages: world.log.take(), term: "<\(string)>")
        }
        pointer = made
    }

    /// Takes a new reference to an existing URI (`raptor_uri_copy`).
    init(world: RaptorWorld, retaining uri: OpaquePointer) {
        self.world = world
        pointer = raptor_uri_copy(uri)
    }

    deinit { raptor_free_uri(pointer) }
}

/// The owner of one reference to a `raptor_term`.
///
/// Raptor's serializers keep terms by reference count (`raptor_term_copy`),
/// so the term must be heap-allocated by Raptor; this object drops our
/// reference only.
final class RaptorTerm {
    let world: RaptorWorld
    let pointer: UnsafeMutablePointer<raptor_term>

    init(world: RaptorWorld, adopting pointer: UnsafeMutablePointer<raptor_term>) {
        self.world = world
        self.pointer = pointer
    }

    deinit { raptor_free_term(pointer) }
}
