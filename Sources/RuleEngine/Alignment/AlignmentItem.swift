/// One side's paragraph or sentence as the aligner sees it: its length and what in it
/// survives translation (see `SentenceAnchors`).
struct AlignmentItem {
    /// UTF-16 units, white space included.
    var length: Int
    /// Hashes of the item's anchors (numbers, addresses, codes, names), sorted.
    var anchors: [UInt64]
    /// Hashes the item may share with the other side but whose absence there says little
    /// (capitalised names: German capitalises every noun, Japanese writes names in kana).
    var weakAnchors: [UInt64]
}
