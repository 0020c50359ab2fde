#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Chairside {

// A strict reader of JSON text (RFC 8259) that walks it token by token and builds nothing: the
// pull reads a page's rows with it straight into the values it binds to SQLite, where a
// QJsonDocument built a tree of every page, and the rows were then looked up in it by name and
// turned from UTF-16 back into UTF-8 (three fifths of a first sync's work on the desk,
// docs/benchmark-notes.md). Strings come out as UTF-8: a view of the text itself when the string
// has no escapes, else decoded into the caller's buffer. Anything that is not valid JSON (bad
// escapes, invalid UTF-8, control characters in strings, numbers out of the grammar, nesting
// deeper than kMaxDepth, text cut short) makes the call that meets it return false, and the
// reader stays failed.
class JsonScanner final
{
public:
    enum class Token { String, Number, True, False, Null, Object, Array, Invalid };

    static constexpr int kMaxDepth = 256;

    explicit JsonScanner(QByteArrayView text);

    // The kind of the next value (after any whitespace), without reading it.
    Token peek();
    // Skips whitespace and takes `c` when it comes next.
    bool take(char c);
    // Skips whitespace and takes `text` when it comes next, byte for byte (a row's next key,
    // quoted, where the column order is known: no string to decode and look up).
    bool takeExactly(QByteArrayView text);
    // True when only whitespace is left.
    bool atEnd();

    // A string value; `scratch` holds the decoded text when it had escapes, and must outlive the
    // view.
    bool readString(QByteArrayView *out, QByteArray *scratch);
    // The text of a number value, checked against JSON's grammar.
    bool readNumber(QByteArrayView *out);
    // true or false.
    bool readBool(bool *out);
    bool readNull();
    // Any value, checked as strictly as reading it would; `span`, when set, gets its text.
    bool skipValue(QByteArrayView *span = nullptr);
    // Finds where a value ends, checking only that its strings close and its brackets balance
    // (several times faster): for text that is read strictly later, a page's rows, or only
    // looked into (the next page's cursor, read before the page).
    bool skipValueLoosely(QByteArrayView *span = nullptr);

    bool failed() const { return m_failed; }
    // Where reading stopped, as a byte offset into the text.
    qsizetype offset() const { return m_at - m_begin; }

    // A number's text as a 64-bit integer: an integer in range, or a number with a fraction or
    // an exponent whose value is a whole number in range (1.0, 1e3), as QJsonValue::toInteger
    // reads it.
    static std::optional<qint64> integerOf(QByteArrayView number);
    static std::optional<double> doubleOf(QByteArrayView number);

private:
    bool fail();
    void skipSpace();
    bool skipLiteral(const char *word, qsizetype length);
    bool scanString(QByteArrayView *raw, bool *hasEscapes);
    bool decodeEscapes(QByteArrayView raw, QByteArray *out);

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

} // namespace Chairside
