// TextKernels: the loops that visit every UTF-16 unit of every document, in C, without ICU.
//
// Why this target exists:
// - These loops run over every character of every document; their work per unit is a few
//   comparisons whose outcome changes every few characters (letter, space, letter...).
//   Written as ordinary Swift branches they spent most of their time in mispredicted jumps;
//   here each unit costs a table look-up and additions that compile to conditional moves,
//   and plain letters are classified eight at a time as a vector.
// - They include no ICU header. What a character is comes from tables TextCore builds (from
//   ICU's properties and from the named punctuation sets in Swift) and passes in; what the
//   counts mean is decided in Swift. The kernels return positions and counts, never verdicts
//   ("this line is code" is a Swift decision made from the counts).
//
// Conventions: offsets and lengths are UTF-16 code units (int32_t). A scan over a long text
// works in chunks: the caller passes where to start and gets back where the kernel stopped.
#ifndef TRANSLINT_TEXT_KERNELS_H
#define TRANSLINT_TEXT_KERNELS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Scan classes

/// What a UTF-16 unit is to the kernels: one entry per BMP unit in the scan table TextCore
/// builds (`CharacterTables.scan`).
enum {
    TK_SCAN_SPACE = 1 << 0,        // White_Space
    TK_SCAN_LINE_BREAK = 1 << 1,   // LF, CR, VT, FF, NEL, LS, PS
    TK_SCAN_HINT = 1 << 2,         // makes a token technical: a digit or one of / _ = - : . $ { } [ ] < > | backslash
    TK_SCAN_CODE_SYMBOL = 1 << 3,  // rare in prose: { } [ ] < > = | backslash / $ # _ ; ~ ^ * @ backtick
    TK_SCAN_TECH_INSIDE = 1 << 4,  // inside a token, may make it an address or term: . @ / : _ = backslash $ { } < > | #
    TK_SCAN_TECH_LEAD = 1 << 5,    // at the start of a token: - $ ~ ^ # /
    TK_SCAN_CJK_PUNCT = 1 << 6,    // ends a token: full-width 。 ， 、 ； ： ！ ？
    TK_SCAN_NOTABLE = 1 << 7,      // a character site whatever its neighbours
    TK_SCAN_SEPARATOR = 1 << 8,    // U+0020 or tab: separates the tokens of a line
    TK_SCAN_INTERESTING = 1 << 9,  // where the token scan may report something
    TK_SCAN_LATIN = 1 << 10,       // a letter of these scripts
    TK_SCAN_CYRILLIC = 1 << 11,
    TK_SCAN_GREEK = 1 << 12,
};

/// Which alphabets a site scan saw (`tk_scan_sites`' `alphabets`).
enum {
    TK_ALPHABET_LATIN = 1 << 0,
    TK_ALPHABET_CYRILLIC = 1 << 1,
    TK_ALPHABET_GREEK = 1 << 2,
};

// MARK: - Character sites

/// The site class of a U+0020 that follows a U+0020 (the second space of a run): the one
/// class the scan sets from a unit's neighbour rather than from the site table.
enum { TK_SITE_SPACE_RUN = 1 << 1 };

/// Writes the character sites of `text[start..<end]`: every unit but letters, digits and
/// single spaces, plus the letters that stand for UTF-8 continuation bytes read as
/// Windows-1252 (as the scan table's TK_SCAN_NOTABLE says). For each site, `offsets` gets its
/// offset and `classes` its entry in `siteTable` (or TK_SITE_SPACE_RUN for a space after a
/// space). Both must hold `end - start` entries. Returns how many sites were written and adds
/// the TK_ALPHABET_* bits of the scripts seen to `*alphabets`.
int32_t tk_scan_sites(const uint16_t *text, int32_t start, int32_t end, const uint16_t *scanTable, const uint16_t *siteTable,
                      int32_t *offsets, uint16_t *classes, uint32_t *alphabets);

/// Writes the offsets of the LF and CR units of `text[start..<end]`; `offsets` must hold
/// `end - start` entries. Returns how many were written.
int32_t tk_scan_line_ends(const uint16_t *text, int32_t start, int32_t end, int32_t *offsets);

// MARK: - Lines

/// The counts of one non-empty line, from which Swift decides whether it is a listing line.
typedef struct tk_line_facts {
    int32_t start;      // first unit of the line
    int32_t end;        // the unit after its last (its line break, or the range end)
    int32_t tokens;     // runs of units other than U+0020 and tab
    int32_t hints;      // units (outside U+0020 and tab) that hint at technical tokens
    int32_t columnGap;  // 1 when three spaces follow each other after the indentation
    int32_t visible;    // units other than white space
    int32_t symbols;    // visible units that are code symbols
} tk_line_facts;

/// Measures the non-empty lines of `text[*position..<end]`, writing at most `capacity`;
/// `*position` is moved past the lines written. Repeat while `*position < end`.
int32_t tk_scan_lines(const uint16_t *text, int32_t *position, int32_t end, const uint16_t *scanTable, tk_line_facts *facts,
                      int32_t capacity);

/// What the sites `sites[0..<count]` of one paragraph show of its shape, without visiting
/// its other units: returns the number of line breaks, and sets the number of code symbols
/// and of runs of three spaces (counted at their third space).
int32_t tk_sites_shape(const uint16_t *text, const int32_t *sites, int32_t count, const uint16_t *scanTable, int32_t *symbols,
                       int32_t *columnGaps);

// MARK: - Token spans

enum {
    TK_SPAN_ZONE = 0,      // certainly not prose: an HTML comment or a `code` span
    TK_SPAN_CANDIDATE = 1  // a token holding a technical character: maybe an address or a term
};

typedef struct tk_token_span {
    int32_t start;
    int32_t end;
    int32_t kind;
} tk_token_span;

/// Where a token scan stands: the next site to look at, and the position consumed up to.
typedef struct tk_token_scan {
    int32_t site;
    int32_t position;
} tk_token_scan;

/// Finds, in text order, HTML comments, `code` spans and tokens (up to a space or CJK
/// punctuation) holding a technical character, writing at most `capacity` spans. Only the
/// character sites are visited. Repeat while `state->site < siteCount`.
int32_t tk_scan_token_spans(const uint16_t *text, int32_t length, const int32_t *sites, int32_t siteCount, const uint16_t *scanTable,
                            tk_token_scan *state, tk_token_span *spans, int32_t capacity);

/// Writes the indices of the stretches `starts[i]..<ends[i]` holding both a Latin letter and
/// a Cyrillic or Greek one. Returns how many were written.
int32_t tk_mixed_script_stretches(const uint16_t *text, const int32_t *starts, const int32_t *ends, int32_t count,
                                  const uint16_t *scanTable, int32_t *found);

// MARK: - Case-folded hashes

/// The hash of a case-folded text is defined here, once: the folded UTF-16 units four to a
/// 64-bit block (first unit in the low lane), each block multiply-xor mixed into the state,
/// then the unit count mixed in and a finisher applied. ICUBridge's tl_fold_hash (any text,
/// folding through ICU) and tk_fold_hash_ranges (BMP words, folding through a table) both
/// build it from these three functions.
static const uint64_t tk_fold_hash_seed = 0xcbf29ce484222325ULL;

static inline uint64_t tk_fold_hash_mix(uint64_t hash, uint64_t lanes) {
    hash = (hash ^ lanes) * 0x9E3779B97F4A7C15ULL;
    return hash ^ (hash >> 32);
}

static inline uint64_t tk_fold_hash_finish(uint64_t hash, int32_t count) {
    hash = (hash ^ (uint64_t)(uint32_t)count) * 0x9E3779B97F4A7C15ULL;
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    return hash;
}

/// The fold hash of each stretch `starts[i]..<ends[i]` of `text` (whose length is
/// `textLength`), folding through `foldTable` (simple case folding of every BMP unit; U+FFFF
/// where a folding leaves the BMP). A stretch holding a surrogate, or a unit whose folding
/// leaves the BMP, gets no hash: its index is written to `slow` and the caller hashes it
/// another way. Returns how many indices were written to `slow` (which must hold `count`).
int32_t tk_fold_hash_ranges(const uint16_t *text, int32_t textLength, const int32_t *starts, const int32_t *ends, int32_t count,
                            const uint16_t *foldTable, uint64_t *hashes, int32_t *slow);

// MARK: - JSON strings

/// The length of the prefix of `bytes` (inside a JSON string) without a quote, a backslash
/// or a control byte below 0x20: what can be copied as it is.
int64_t tk_json_plain_run(const uint8_t *bytes, int64_t length);
/// The offset of the quote that closes a JSON string whose contents start at `bytes`, or
/// `length` when none does.
int64_t tk_json_string_end(const uint8_t *bytes, int64_t length);

// MARK: - Bucket maps

/// A read-only map from 64-bit hashes to nonzero 32-bit values, in buckets of four slots: the
/// layout RuleEngine's BucketMap builds and these functions read. Empty slots hold key 0 and
/// value 0. The bucket of a key is defined here and nowhere else.
static inline int64_t tk_bucket_of(uint64_t key, int64_t bucketMask) {
    return (int64_t)(((key * 0x9E3779B97F4A7C15ULL) >> 40) & (uint64_t)bucketMask);
}

/// The value stored for `key` (0 when absent), comparing the four slots with selects.
static inline uint32_t tk_bucket_value(uint64_t key, const uint64_t *keys, const uint32_t *values, int64_t bucketMask) {
    int64_t base = tk_bucket_of(key, bucketMask) * 4;
    uint32_t value = 0;
    for (int slot = 0; slot < 4; slot++) {
        uint32_t candidate = values[base + slot];
        value |= __builtin_unpredictable(keys[base + slot] == key) ? candidate : 0;
    }
    return value;
}

/// `tk_bucket_value` of each of `count` hashes, into `found`.
void tk_bucket_lookup(const uint64_t *hashes, int32_t count, const uint64_t *keys, const uint32_t *values, int64_t bucketMask,
                      uint32_t *found);

#ifdef __cplusplus
}
#endif

#endif
