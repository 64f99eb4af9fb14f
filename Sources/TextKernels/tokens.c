// Token spans for RuleEngine's protected zones: HTML comments, `code` spans, and the tokens
// that hold a technical character (maybe an address, a path or an option; Swift decides).

#include "TextKernels.h"

// What the scan does at a position where it is free (not inside a token or zone): an HTML
// comment or a closed `code` span is a zone; a token start runs to the next space or CJK
// punctuation and is a candidate if it holds a technical character; anything else is stepped
// over. Returns the position after what was consumed.
static int32_t scan_at(const uint16_t *text, int32_t length, int32_t position, const uint16_t *table, tk_token_span *span,
                       int *emitted) {
    *emitted = 0;
    uint16_t unit = text[position];
    if (unit == '<' && position + 3 < length && text[position + 1] == '!' && text[position + 2] == '-' && text[position + 3] == '-') {
        int32_t end = position + 4;
        while (end + 2 < length && !(text[end] == '-' && text[end + 1] == '-' && text[end + 2] == '>')) end++;
        int32_t close = end + 3 < length ? end + 3 : length;
        *span = (tk_token_span){position, close, TK_SPAN_ZONE};
        *emitted = 1;
        return close;
    }
    if (unit == '`') {
        // Closed on the same line within 400 characters.
        int32_t limit = position + 400 < length ? position + 400 : length;
        int32_t close = position + 1;
        while (close < limit && text[close] != '`' && text[close] != 0x0A) close++;
        if (close < limit && text[close] == '`') {
            *span = (tk_token_span){position, close + 1, TK_SPAN_ZONE};
            *emitted = 1;
            return close + 1;
        }
        return position + 1;
    }
    uint16_t bits = table[unit];
    int startsToken = !(bits & TK_SCAN_SPACE) &&
        (position == 0 || (table[text[position - 1]] & TK_SCAN_SPACE) || (unit < 0x80 && text[position - 1] >= 0x3000));
    if (!startsToken) return position + 1;
    int32_t end = position;
    int technical = (bits & TK_SCAN_TECH_LEAD) != 0;
    while (end < length) {
        uint16_t inner = table[text[end]];
        if (inner & (TK_SCAN_SPACE | TK_SCAN_CJK_PUNCT)) break;
        if ((inner & TK_SCAN_TECH_INSIDE) && end + 1 < length && !(table[text[end + 1]] & TK_SCAN_SPACE)) technical = 1;
        end++;
    }
    if (technical) {
        *span = (tk_token_span){position, end, TK_SPAN_CANDIDATE};
        *emitted = 1;
    }
    return end > position ? end : position + 1;
}

int32_t tk_scan_token_spans(const uint16_t *text, int32_t length, const int32_t *sites, int32_t siteCount, const uint16_t *table,
                            tk_token_scan *state, tk_token_span *spans, int32_t capacity) {
    int32_t count = 0;
    int32_t next = state->site;
    int32_t position = state->position;
    // Only a technical character, a backtick or "<" can make the scan report anything, and
    // all of them are sites: jump from one to the next. Between them the scan would only step
    // over plain tokens, which end at a space or CJK punctuation, after which it is free
    // again. So the scan resumes at the last such boundary before the character.
    while (next < siteCount && count < capacity) {
        int32_t target = sites[next++];
        if (target < position || !(table[text[target]] & TK_SCAN_INTERESTING)) continue;
        int32_t resume = target;
        while (resume > position && !(table[text[resume - 1]] & (TK_SCAN_SPACE | TK_SCAN_CJK_PUNCT))) resume--;
        while (resume <= target) {
            int emitted;
            resume = scan_at(text, length, resume, table, &spans[count], &emitted);
            if (emitted) {
                count++;
                break;
            }
        }
        position = resume > target ? resume : target + 1;
    }
    state->site = next;
    state->position = position;
    return count;
}
