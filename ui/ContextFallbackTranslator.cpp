#include "ui/ContextFallbackTranslator.h"

#include <QFile>
#include <QMutexLocker>

#include <optional>

namespace Chairside {

ContextFallbackTranslator::ContextFallbackTranslator(QObject *parent)
    : QTranslator(parent)
{}

ContextFallbackTranslator::~ContextFallbackTranslator() = default;

bool ContextFallbackTranslator::loadCatalogue(const QString &qmFile, const QString &contextsFile)
{
    if (!m_exact.load(qmFile))
        return false;
    QFile contexts(contextsFile);
    if (contexts.open(QIODevice::ReadOnly)) {
        // The empty context is a real one too: tr() through a type alias lands there.
        for (const QByteArray &line : contexts.readAll().split('\n')) {
            if (!m_contexts.contains(line.trimmed()))
                m_contexts.append(line.trimmed());
        }
    }
    return true;
}

QString ContextFallbackTranslator::translate(const char *context, const char *sourceText,
                                             const char *disambiguation, int n) const
{
    QString exact = m_exact.translate(context, sourceText, disambiguation, n);
    if (!exact.isEmpty() || m_contexts.isEmpty() || !sourceText)
        return exact;

    const QByteArray key = QByteArray(context ? context : "") + '\x1f' + sourceText + '\x1f'
                           + (disambiguation ? disambiguation : "");
    std::optional<QByteArray> found;
    bool known = false;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_resolved.constFind(key); it != m_resolved.cend()) {
            found = *it;
            known = true;
        }
    }
    if (!known) {
        for (const QByteArray &candidate : m_contexts) {
            if (!m_exact.translate(candidate.constData(), sourceText, disambiguation, n)
                     .isEmpty()) {
                found = candidate;
                break;
            }
        }
        QMutexLocker lock(&m_mutex);
        m_resolved.insert(key, found);
    }
    if (!found)
        return {};
    return m_exact.translate(found->constData(), sourceText, disambiguation, n);
}

bool ContextFallbackTranslator::isEmpty() const
{
    return m_exact.isEmpty();
}

} // namespace Chairside
