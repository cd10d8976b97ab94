extension BlockResolver {
    /// A cycle of blocks found by following the blocks' own uses rather than by expanding them.
    struct StaticCycle {
        /// The blocks of the cycle, the first repeated at the end.
        let names: [String]
        /// The use that closes the cycle, in the last block's file.
        let location: Diagnostic.Location
    }

    /// Looks for a way from block `start` back to a block of `chain` (or to `start` itself) through
    /// the uses written in the blocks, breadth first so the shortest way is found. The expansion
    /// uses this when it reaches the depth limit: a cycle longer than the limit is still a cycle,
    /// and saying so is clearer than "nested too deep". Each block is visited once.
    func staticCycle(from start: String, chain: [String]) -> StaticCycle? {
        var previous: [String: (block: String, location: Diagnostic.Location)] = [:]
        var queue = [start]
        var visited: Set<String> = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for case .use(let use) in blocks[current]?.template.segments ?? [] where blocks[use.name] != nil {
                let target = use.name
                if target == start || chain.contains(target) {
                    var path = [current]
                    while let step = previous[path[0]] { path.insert(step.block, at: 0) }
                    let entry = chain.firstIndex(of: target).map { Array(chain[$0...]) } ?? []
                    return StaticCycle(names: entry + path + [target], location: use.location)
                }
                if visited.insert(target).inserted {
                    previous[target] = (current, use.location)
                    queue.append(target)
                }
            }
        }
        return nil
    }

    /// `a → b → c → a`, with the middle left out when the cycle is long.
    static func describe(_ names: [String]) -> String {
        guard names.count > 8 else { return names.joined(separator: " → ") }
        return (names.prefix(3) + ["…"] + names.suffix(3)).joined(separator: " → ")
    }
}
