/// The sign-off across the parties (`partsgodkendelse`): an agreement approved by the SSU is in
/// force only when every party has approved it too (seed 000: "Godkendt i SSU og i kommuner, region
/// og PLO-M"). The file records when it was sent for approval and each party's answer, as far as
/// the sources say; what they do not say stays unrecorded and is never filled in.
public struct Signoff: Sendable, Hashable {
    /// A party's answer.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case approved = "godkendt"
        case rejected = "afvist"
        /// The party was asked, but the sources do not record its answer.
        case notRecorded = "ikke registreret"
    }

    /// One line of `parter`: a party (or a group, expanded to its members), when it was sent to it
    /// and its answer, as far as the sources say.
    public struct Entry: Sendable, Hashable {
        /// The party as written (`kommunerne` or one municipality).
        public var written: Party
        /// The parties the line covers: the members of a group, else the party itself.
        public var parties: [Party]
        /// Who answered for the party (byrådet, regionsrådet, PLO's bestyrelse); nil when not said.
        public var body: Body?
        /// When the agreement was sent to this party, if the line says so (else the whole sending).
        public var sent: Period?
        /// The answer; nil while waiting.
        public var outcome: Outcome?
        /// When the answer was given; nil when the sources do not say (`dato: ukendt`).
        public var date: Period?
        /// For an answer without a date: the day of the source that records it (`senest`), from
        /// which it counts in outputs dated "pr." a day.
        public var knownBy: CivilDate?
        public var note: String?

        public init(written: Party, parties: [Party], body: Body? = nil, sent: Period? = nil, outcome: Outcome? = nil,
                    date: Period? = nil, knownBy: CivilDate? = nil, note: String? = nil) {
            self.written = written
            self.parties = parties
            self.body = body
            self.sent = sent
            self.outcome = outcome
            self.date = date
            self.knownBy = knownBy
            self.note = note
        }

        /// The first day the answer is certainly known: the last day of its period ("december
        /// 2019" counts from 31 December 2019), or `senest` for an undated one.
        public var answerKnownFrom: CivilDate? {
            guard outcome != nil else { return nil }
            return date?.end ?? knownBy
        }
    }

    /// `partsgodkendelse: ikke registreret`: the sources record nothing about the sign-off.
    public var notRecorded: Bool
    /// When the agreement was sent to all the parties for approval (`sendt`).
    public var sent: Period?
    /// `svar: ikke registreret`: it was sent, but the sources record none of the answers.
    public var answersNotRecorded: Bool
    public var entries: [Entry]
    public var note: String?
    /// The parties of the agreement's `parter`, groups expanded: who must approve.
    public var scope: [Party]

    public init(notRecorded: Bool = false, sent: Period? = nil, answersNotRecorded: Bool = false,
                entries: [Entry] = [], note: String? = nil, scope: [Party]) {
        self.notRecorded = notRecorded
        self.sent = sent
        self.answersNotRecorded = answersNotRecorded
        self.entries = entries
        self.note = note
        self.scope = scope
    }
}

/// Where one party stands with one agreement on a given day, as the file records it.
public enum SignoffState: Sendable, Hashable {
    /// Not among the agreement's parties.
    case notAParty
    /// No approving decision yet on the day: there was nothing to send.
    case notSent
    /// The sources do not record whether it was sent or answered (the date it was sent, if known).
    case notRecorded(sent: Period?)
    /// Sent on `since` (certainly by its last day), no answer recorded yet.
    case waiting(since: Period)
    /// Approved on `date` (nil: the sources do not say when), by `body`.
    case approved(date: Period?, body: Body?)
    /// Rejected on `date`.
    case rejected(date: Period?, body: Body?)

    /// The kind of state, for counts and colours.
    public var kind: Kind {
        switch self {
        case .notAParty: .notAParty
        case .notSent: .notSent
        case .notRecorded: .notRecorded
        case .waiting: .waiting
        case .approved: .approved
        case .rejected: .rejected
        }
    }

    /// The kinds of state, in the order the reports count them, with their Danish words.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case approved = "godkendt"
        case waiting = "venter"
        case rejected = "afvist"
        case notSent = "ikke sendt"
        case notRecorded = "ikke registreret"
        case notAParty = "ikke part"
    }
}

extension Agreement {
    /// Where `party` stood with this agreement on `day`. A fact counts from the day it is certainly
    /// true: a sending or an answer dated by a period from the period's last day, an undated answer
    /// from its `senest`. "Not sent" is said only when it is known: no decision had approved the
    /// agreement yet (there was nothing to send), or the recorded sending came after the day. A party
    /// the file records no sending to, and no answer from by the day, is `notRecorded`.
    public func signoffState(of party: Party, on day: CivilDate, vocabulary: Vocabulary) -> SignoffState {
        signoffState(of: party, on: day, scope: signoff?.scope ?? vocabulary.expanding(parties))
    }

    /// `signoffState(of:on:vocabulary:)` with the parties of `parter` already expanded.
    func signoffState(of party: Party, on day: CivilDate, scope: [Party]) -> SignoffState {
        guard scope.contains(party) else { return .notAParty }
        // Nothing recorded: while still a draft with no approving decision there was nothing to
        // send; once approved in any way the file knows of (a decision, `godkendelse: ikke
        // registreret`, a status of godkendt or later), the file does not say.
        let draft = status(on: day).map { $0 < .approved } ?? true
        let approved = approvalNotRecorded || decisions.contains { $0.isApproval && ($0.date?.start ?? day) <= day }
        let unrecorded: SignoffState = draft && !approved ? .notSent : .notRecorded(sent: nil)
        guard let signoff, !signoff.notRecorded else { return unrecorded }
        let lines = signoff.entries.filter { $0.parties.contains(party) }
        let answered = lines.last {
            ($0.outcome == .approved || $0.outcome == .rejected) && ($0.answerKnownFrom ?? .latest) <= day
        }
        switch answered {
        case let answer? where answer.outcome == .approved: return .approved(date: answer.date, body: answer.body)
        case let answer?: return .rejected(date: answer.date, body: answer.body)
        case nil: break
        }
        let sent = lines.compactMap(\.sent).last ?? signoff.sent
        if let sent, day < sent.start { return .notSent }
        let sentByDay = sent.flatMap { $0.end <= day ? $0 : nil }
        if sentByDay == nil, unrecorded == .notSent { return .notSent }
        if signoff.answersNotRecorded || lines.contains(where: { $0.outcome == .notRecorded }) {
            return .notRecorded(sent: sentByDay)
        }
        if let sentByDay { return .waiting(since: sentByDay) }
        return sent == nil ? unrecorded : .notRecorded(sent: nil)
    }

    /// Each party of `vocabulary.approvers` with its state on `day`.
    public func signoffStates(on day: CivilDate, vocabulary: Vocabulary) -> [(party: Party, state: SignoffState)] {
        vocabulary.approvers.map { ($0, signoffState(of: $0, on: day, vocabulary: vocabulary)) }
    }
}
