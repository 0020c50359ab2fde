#pragma once

#include <QByteArrayList>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <optional>

namespace Chairside {

// A .qm translator that also finds a message by its source text when the code asks in another
// context than the one lupdate wrote into the .ts. Chairside has tr() helpers in free functions
// (QCoreApplication::translate("Chairside::Outbox", …)) and type aliases (Model::tr) whose
// run-time context lupdate cannot know; without this they would stay English. The exact context
// always wins; the fallback asks every context of the catalogue once and remembers the answer.
class ContextFallbackTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextFallbackTranslator)

public:
    explicit ContextFallbackTranslator(QObject *parent = nullptr);
    ~ContextFallbackTranslator() override;

    // Loads `qmFile` and the contexts it may hold (one per line in `contextsFile`; without it the
    // translator is exact only).
    bool loadCatalogue(const QString &qmFile, const QString &contextsFile);

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override;

private:
    QTranslator m_exact;
    QByteArrayList m_contexts;
    // (asked context, source, disambiguation) -> the context that has it; nullopt: none has it.
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, std::optional<QByteArray>> m_resolved;
};

} // namespace Chairside
