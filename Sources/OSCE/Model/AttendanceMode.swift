/// How participants attend a meeting.
///
/// Source: schema.org `EventAttendanceModeEnumeration`.
public enum AttendanceMode: String, Sendable, Hashable, CaseIterable {
    /// Online only (`schema:OnlineEventAttendanceMode`): "virtual meeting".
    case virtual
    /// In person only (`schema:OfflineEventAttendanceMode`).
    case offline
    /// Both (`schema:MixedEventAttendanceMode`): "hybrid".
    case mixed
}
