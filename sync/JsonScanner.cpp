#include "sync/JsonScanner.h"

#include <QChar>
#include <QStringView>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace Chairside {

namespace {

// What a byte means inside a string: most are copied as they are.
enum ByteClass : quint8 { Plain, Quote, Backslash, Control, NonAscii };

constexpr std::array<quint8, 256> stringByteClasses()
{
    std::array<quint8, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        if (c < 0x20)
            classes[size_t(c)] = Control;
        else if (c == '"')
            classes[size_t(c)] = Quote;
        else if (c == '\\')
            classes[size_t(c)] = Backslash;
        else if (c >= 0x80)
            classes[size_t(c)] = NonAscii;
        else
            classes[size_t(c)] = Plain;
    }
    return classes;
}

constexpr std::array<quint8, 256> kStringBytes = stringByteClasses();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the UTF-8 sequence at `at` (1-4), or 0 when it is not valid UTF-8.
int utf8SequenceLength(const uchar *at, const uchar *end)
{
    const uchar lead = at[0];
    if (lead < 0x80)
        return 1;
    int length = 0;
    char32_t minimum = 0;
    char32_t code = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2;
        minimum = 0x80;
        code = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        minimum = 0x800;
        code = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        minimum = 0x10000;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (end - at < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((at[i] & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (at[i] & 0x3f);
    }
    if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return length;
}

// Where the run of plain string bytes from `at` ends: the first quote, backslash, control
// character or non-ASCII byte. Eight bytes at a time while a word holds none of them (the
// classic "has a zero byte" test), since most of a page is text.
const char *plainRunEnd(const char *at, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](quint64 word) {
        return (word - ones) & ~word & highs;
    };
    while (end - at >= 8) {
        quint64 word = 0;
        std::memcpy(&word, at, sizeof word);
        const quint64 special = hasZeroByte(word ^ (ones * '"')) | hasZeroByte(word ^ (ones * '\\'))
                                | ((word - ones * 0x20) & ~word & highs) // below 0x20
                                | (word & highs);                        // non-ASCII
        if (special)
            break;
        at += 8;
    }
    while (at != end && kStringBytes[uchar(*at)] == Plain)
        ++at;
    return at;
}

// The four hex digits of a \u escape at `at`, or -1.
int fourHex(const char *at)
{
    int code = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(at[i]);
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_begin(text.data())
    , m_at(text.data())
    , m_end(text.data() + text.size())
{}

bool JsonScanner::fail()
{
    m_failed = true;
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

JsonScanner::Token JsonScanner::peek()
{
    if (m_failed)
        return Token::Invalid;
    skipSpace();
    if (m_at == m_end)
        return Token::Invalid;
    switch (*m_at) {
    case '"':
        return Token::String;
    case '{':
        return Token::Object;
    case '[':
        return Token::Array;
    case 't':
        return Token::True;
    case 'f':
        return Token::False;
    case 'n':
        return Token::Null;
    default:
        return *m_at == '-' || isDigit(*m_at) ? Token::Number : Token::Invalid;
    }
}

bool JsonScanner::take(char c)
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_at == m_end || *m_at != c)
        return false;
    ++m_at;
    return true;
}

bool JsonScanner::takeExactly(QByteArrayView text)
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_end - m_at < text.size() || std::memcmp(m_at, text.data(), size_t(text.size())) != 0)
        return false;
    m_at += text.size();
    return true;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return !m_failed && m_at == m_end;
}

bool JsonScanner::scanString(QByteArrayView *raw, bool *hasEscapes)
{
    if (peek() != Token::String)
        return fail();
    const char *start = ++m_at;
    *hasEscapes = false;
    for (;;) {
        m_at = plainRunEnd(m_at, m_end);
        if (m_at == m_end)
            return fail();
        switch (kStringBytes[uchar(*m_at)]) {
        case Quote:
            *raw = QByteArrayView(start, m_at);
            ++m_at;
            return true;
        case Backslash: {
            *hasEscapes = true;
            if (m_end - m_at < 2)
                return fail();
            const char escaped = m_at[1];
            if (escaped == 'u') {
                if (m_end - m_at < 6 || fourHex(m_at + 2) < 0)
                    return fail();
                m_at += 6;
            } else if (std::strchr("\"\\/bfnrt", escaped) && escaped != '\0') {
                m_at += 2;
            } else {
                return fail();
            }
            break;
        }
        case NonAscii: {
            const int length = utf8SequenceLength(reinterpret_cast<const uchar *>(m_at),
                                                  reinterpret_cast<const uchar *>(m_end));
            if (length == 0)
                return fail();
            m_at += length;
            break;
        }
        default: // a control character, which JSON strings must escape
            return fail();
        }
    }
}

bool JsonScanner::decodeEscapes(QByteArrayView raw, QByteArray *out)
{
    out->clear();
    out->reserve(raw.size());
    const char *at = raw.data();
    const char *end = at + raw.size();
    while (at != end) {
        const auto *backslash = static_cast<const char *>(std::memchr(at, '\\', size_t(end - at)));
        if (!backslash) {
            out->append(at, end - at);
            break;
        }
        out->append(at, backslash - at);
        const char escaped = backslash[1]; // scanString checked the escapes
        at = backslash + 2;
        switch (escaped) {
        case 'b':
            out->append('\b');
            break;
        case 'f':
            out->append('\f');
            break;
        case 'n':
            out->append('\n');
            break;
        case 'r':
            out->append('\r');
            break;
        case 't':
            out->append('\t');
            break;
        case 'u': {
            char32_t code = char32_t(fourHex(at));
            at += 4;
            if (code >= 0xd800 && code <= 0xdbff && end - at >= 6 && at[0] == '\\'
                && at[1] == 'u') {
                const int low = fourHex(at + 2);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    code = 0x10000 + ((code - 0xd800) << 10) + char32_t(low - 0xdc00);
                    at += 6;
                }
            }
            // A lone surrogate names no character: it is kept as U+FFFD, as Qt reads it.
            if (code >= 0xd800 && code <= 0xdfff)
                code = 0xfffd;
            out->append(QStringView(QChar::fromUcs4(code)).toUtf8());
            break;
        }
        default: // " \ /
            out->append(escaped);
            break;
        }
    }
    return true;
}

bool JsonScanner::readString(QByteArrayView *out, QByteArray *scratch)
{
    QByteArrayView raw;
    bool hasEscapes = false;
    if (!scanString(&raw, &hasEscapes))
        return false;
    if (!hasEscapes) {
        *out = raw;
        return true;
    }
    decodeEscapes(raw, scratch);
    *out = QByteArrayView(*scratch);
    return true;
}

bool JsonScanner::readNumber(QByteArrayView *out)
{
    if (peek() != Token::Number)
        return fail();
    const char *start = m_at;
    if (*m_at == '-')
        ++m_at;
    if (m_at == m_end || !isDigit(*m_at))
        return fail();
    if (*m_at == '0') {
        ++m_at;
    } else {
        while (m_at != m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at != m_end && *m_at == '.') {
        ++m_at;
        if (m_at == m_end || !isDigit(*m_at))
            return fail();
        while (m_at != m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
        ++m_at;
        if (m_at != m_end && (*m_at == '+' || *m_at == '-'))
            ++m_at;
        if (m_at == m_end || !isDigit(*m_at))
            return fail();
        while (m_at != m_end && isDigit(*m_at))
            ++m_at;
    }
    *out = QByteArrayView(start, m_at);
    return true;
}

bool JsonScanner::skipLiteral(const char *word, qsizetype length)
{
    if (m_end - m_at < length || std::memcmp(m_at, word, size_t(length)) != 0)
        return fail();
    m_at += length;
    return true;
}

bool JsonScanner::readBool(bool *out)
{
    switch (peek()) {
    case Token::True:
        *out = true;
        return skipLiteral("true", 4);
    case Token::False:
        *out = false;
        return skipLiteral("false", 5);
    default:
        return fail();
    }
}

bool JsonScanner::readNull()
{
    if (peek() != Token::Null)
        return fail();
    return skipLiteral("null", 4);
}

bool JsonScanner::skipValue(QByteArrayView *span)
{
    skipSpace();
    const char *start = m_at;
    std::array<char, kMaxDepth> closers{}; // what ends each open object or array
    int depth = 0;
    QByteArrayView ignored;
    bool flag = false;
    for (;;) {
        // One value, or the opening of a container.
        switch (peek()) {
        case Token::String:
            if (!scanString(&ignored, &flag))
                return false;
            break;
        case Token::Number:
            if (!readNumber(&ignored))
                return false;
            break;
        case Token::True:
        case Token::False:
            if (!readBool(&flag))
                return false;
            break;
        case Token::Null:
            if (!readNull())
                return false;
            break;
        case Token::Object:
        case Token::Array: {
            if (depth == kMaxDepth)
                return fail();
            const bool object = *m_at == '{';
            ++m_at;
            closers[size_t(depth++)] = object ? '}' : ']';
            if (take(closers[size_t(depth - 1)])) {
                --depth;
                break;
            }
            if (object && (!scanString(&ignored, &flag) || !take(':')))
                return fail();
            continue; // the container's first value
        }
        case Token::Invalid:
            return fail();
        }
        // After a value: the next one in its container, or the container's end.
        for (;;) {
            if (depth == 0) {
                if (span)
                    *span = QByteArrayView(start, m_at);
                return true;
            }
            const char closer = closers[size_t(depth - 1)];
            if (take(',')) {
                if (closer == '}' && (!scanString(&ignored, &flag) || !take(':')))
                    return fail();
                break;
            }
            if (!take(closer))
                return fail();
            --depth;
        }
    }
}

bool JsonScanner::skipValueLoosely(QByteArrayView *span)
{
    const auto skipString = [this] {
        ++m_at; // the opening quote
        for (;;) {
            const auto *quote =
                static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
            if (!quote)
                return fail();
            const char *back = quote;
            while (back != m_at && back[-1] == '\\')
                --back;
            m_at = quote + 1;
            if ((quote - back) % 2 == 0) // not escaped: an even run of backslashes before it
                return true;
        }
    };
    if (m_failed)
        return false;
    skipSpace();
    const char *start = m_at;
    if (m_at == m_end)
        return fail();
    if (*m_at == '"') {
        if (!skipString())
            return false;
    } else if (*m_at != '{' && *m_at != '[') { // a number, true, false or null
        while (m_at != m_end && *m_at != ',' && *m_at != '}' && *m_at != ']' && *m_at != ' '
               && *m_at != '\n' && *m_at != '\r' && *m_at != '\t')
            ++m_at;
        if (m_at == start)
            return fail();
    } else {
        int depth = 0;
        for (;;) {
            if (m_at == m_end)
                return fail();
            const char c = *m_at;
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[') {
                if (++depth > kMaxDepth)
                    return fail();
            } else if ((c == '}' || c == ']') && --depth == 0) {
                break;
            }
        }
    }
    if (span)
        *span = QByteArrayView(start, m_at);
    return true;
}

std::optional<qint64> JsonScanner::integerOf(QByteArrayView number)
{
    const char *begin = number.data();
    const char *end = begin + number.size();
    if (!number.contains('.') && !number.contains('e') && !number.contains('E')) {
        qint64 value = 0;
        const auto [last, error] = std::from_chars(begin, end, value);
        if (error == std::errc() && last == end)
            return value;
    }
    const auto real = doubleOf(number);
    // Whole numbers only, and only where a qint64 holds them exactly enough (below 2^63).
    if (!real || std::floor(*real) != *real || *real < -9223372036854775808.0
        || *real >= 9223372036854775808.0)
        return std::nullopt;
    return qint64(*real);
}

std::optional<double> JsonScanner::doubleOf(QByteArrayView number)
{
    const char *begin = number.data();
    const char *end = begin + number.size();
    double value = 0;
    const auto [last, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || last != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace Chairside
