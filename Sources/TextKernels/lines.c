// The counts of each line of a paragraph, from which Swift's ParagraphKind tells listings,
// shell sessions and column layouts from prose.

#include "TextKernels.h"

int32_t tk_scan_lines(const uint16_t *text, int32_t *position, int32_t end, const uint16_t *table, tk_line_facts *facts,
                      int32_t capacity) {
    int32_t count = 0;
    int32_t lineStart = *position;
    int32_t tokens = 0, hints = 0, spaceRun = 0, visible = 0, symbols = 0;
    int indented = 1, columnGap = 0, afterSeparator = 1;
    for (int32_t index = lineStart; index <= end; index++) {
        int atEnd = index == end;
        uint16_t unit = atEnd ? 0x0A : text[index];
        uint16_t bits = table[unit];
        if (bits & TK_SCAN_LINE_BREAK) {
            if (index > lineStart) {
                facts[count++] = (tk_line_facts){lineStart, index, tokens, hints, columnGap, visible, symbols};
            }
            lineStart = index + 1;
            tokens = hints = spaceRun = visible = symbols = 0;
            indented = 1;
            columnGap = 0;
            afterSeparator = 1;
            if (count == capacity) break;
            continue;
        }
        int isSpace20 = unit == 0x20;
        int other = !(bits & TK_SCAN_SEPARATOR);
        tokens += other & afterSeparator;
        afterSeparator = !other;
        // A run of spaces after the indentation: three make a column gap.
        spaceRun = isSpace20 ? spaceRun + !indented : 0;
        columnGap |= spaceRun >= 3;
        indented &= isSpace20;
        // Outside U+0020 and tab: digits and token symbols hint at technical tokens; every
        // unit but white space is visible; code symbols are counted.
        hints += other & ((bits & TK_SCAN_HINT) != 0);
        int isVisible = other & !(bits & TK_SCAN_SPACE);
        visible += isVisible;
        symbols += isVisible & ((bits & TK_SCAN_CODE_SYMBOL) != 0);
    }
    *position = lineStart > end ? end : lineStart;
    return count;
}

int32_t tk_sites_shape(const uint16_t *text, const int32_t *sites, int32_t count, const uint16_t *table, int32_t *symbols,
                       int32_t *columnGaps) {
    int32_t lineBreaks = 0, codeSymbols = 0, gaps = 0;
    for (int32_t index = 0; index < count; index++) {
        int32_t offset = sites[index];
        uint16_t bits = table[text[offset]];
        lineBreaks += (bits & TK_SCAN_LINE_BREAK) != 0;
        codeSymbols += (bits & TK_SCAN_CODE_SYMBOL) != 0;
        // The third space of a run (sites hold every space after a space).
        if (text[offset] == 0x20 && offset >= 2) gaps += text[offset - 1] == 0x20 && text[offset - 2] == 0x20;
    }
    *symbols = codeSymbols;
    *columnGaps = gaps;
    return lineBreaks;
}
