import CRaptor2

/// The owner of one write `raptor_iostream` that feeds an `OutputSink`
/// (which it keeps alive: the callbacks get the sink's state pointer).
///
/// The handler table is allocated here and freed after the iostream, since
/// Raptor keeps a pointer to it.
final class RaptorIOStream {
    let world: RaptorWorld
    let sink: OutputSink
    let pointer: OpaquePointer
    private let handler: UnsafeMutablePointer<raptor_iostream_handler>

    init(world: RaptorWorld, sink: OutputSink) throws(RaptorError) {
        self.world = world
        self.sink = sink
        handler = .allocate(capacity: 1)
        handler.initialize(to: raptor_iostream_handler())
        handler.pointee.version = 2
        handler.pointee.write_byte = { context, byte in
            guard let context else { return 1 }
            OutputSink.append(context.assumingMemoryBound(to: OutputSink.State.self), byte: UInt8(truncatingIfNeeded: byte))
            return 0
        }
        handler.pointee.write_bytes = { context, pointer, size, count in
            guard let context, let pointer else { return 0 }
            OutputSink.append(context.assumingMemoryBound(to: OutputSink.State.self), pointer, size * count)
            return Int32(truncatingIfNeeded: count)
        }
        guard let stream = raptor_new_iostream_from_handler(world.pointer, UnsafeMutableRawPointer(sink.state), handler) else {
            handler.deinitialize(count: 1)
            handler.deallocate()
            throw RaptorError(kind: .library, message: "raptor_new_iostream_from_handler failed", messages: world.log.take())
        }
        pointer = stream
    }

    deinit {
        raptor_free_iostream(pointer)
        handler.deinitialize(count: 1)
        handler.deallocate()
    }
}

/// The owner of one `raptor_serializer`.
///
/// Once started on a stream it keeps that stream alive, so the serializer is
/// always freed before the iostream it writes to.
final class RaptorSerializer {
    let world: RaptorWorld
    let pointer: OpaquePointer
    var stream: RaptorIOStream?

    init(world: RaptorWorld, name: String) throws(RaptorError) {
        self.world = world
        guard let made = raptor_new_serializer(world.pointer, name) else {
            throw RaptorError(kind: .unsupportedSyntax, message: "Raptor has no serializer named '\(name)'", messages: world.log.take())
        }
        pointer = made
    }

    deinit { raptor_free_serializer(pointer) }
}

/// The owner of one `raptor_parser`.
final class RaptorParser {
    let world: RaptorWorld
    let pointer: OpaquePointer

    init(world: RaptorWorld, name: String) throws(RaptorError) {
        self.world = world
        guard let made = raptor_new_parser(world.pointer, name) else {
            throw RaptorError(kind: .unsupportedSyntax, message: "Raptor has no parser named '\(name)'", messages: world.log.take())
        }
        pointer = made
    }

    deinit { raptor_free_parser(pointer) }
}
