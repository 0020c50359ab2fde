#pragma once

#include <QByteArrayView>

#include <string>
#include <string_view>

namespace Chairside {

// For a scan ordered by a key (a client's id): tells when the rows of the next key begin. The
// key is compared as SQLite's bytes, without a QString per row.
class KeyRuns final
{
public:
    // True for the first row and whenever `key` differs from the previous row's.
    bool startsNew(QByteArrayView key)
    {
        const std::string_view bytes(key.data(), size_t(key.size()));
        if (m_started && bytes == m_key)
            return false;
        m_key.assign(bytes);
        m_started = true;
        return true;
    }

private:
    std::string m_key;
    bool m_started = false;
};

} // namespace Chairside
