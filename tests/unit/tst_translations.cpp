// Every source text is translated in every shipped language, and no translation breaks its
// placeholders or keyboard accelerators. lupdate runs over the sources into temporary copies of
// the committed .ts files (never the files themselves), exactly as the chairside_lupdate target
// would, so a tr() added without translations shows up here as an unfinished text.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one per numerus form, or one
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString describe(const QString &language, const Message &message)
{
    QString text = QStringLiteral("[%1] %2: \"%3\"").arg(language, message.context, message.source);
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(message.comment);
    return text;
}

// %1…%99, %L1, %n and %Ln, sorted: a translation may reorder them but never drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured(0));
    std::sort(found.begin(), found.end());
    found.removeDuplicates();
    return found;
}

// The accelerator letter of a menu or button text ("&File" -> "f"); empty when it has none.
// "&&" is a literal ampersand; "&amp;" never reaches here (the XML reader decoded it).
QString accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return text.at(i + 1).toLower();
    }
    return {};
}

// Rich text and tooltips with "&" in words ("Customers & Loyalty") have a space after it.
bool hasAccelerator(const QString &text)
{
    return !accelerator(text).isEmpty();
}

QStringList split(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_updated; // language -> the lupdate'd copy
};

void TranslationsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList tsCopies;
    for (const QString &ts : split(CHAIRSIDE_TS_FILES)) {
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        QVERIFY2(QFile::copy(ts, copy), qPrintable(ts));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        tsCopies << copy;
        const QString language = QFileInfo(ts).completeBaseName().section(u'_', 1);
        m_updated.insert(language, copy);
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CHAIRSIDE_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments = split(CHAIRSIDE_LUPDATE_OPTIONS) + split(CHAIRSIDE_TR_SOURCE_DIRS)
                                  + QStringList{QStringLiteral("-ts")} + tsCopies;
    lupdate.start(QStringLiteral(CHAIRSIDE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));
    for (const QString &line : output.split(u'\n')) {
        if (line.contains(QStringLiteral("Found")) || line.contains(QStringLiteral("obsolete")))
            qInfo().noquote() << "lupdate:" << line.trimmed();
    }
}

void TranslationsTest::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QStringList languages = m_updated.keys();
    std::sort(languages.begin(), languages.end());
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TranslationsTest::everyTextIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(m_updated.value(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList unfinished;
    QStringList broken;
    // context -> accelerator letter -> the translations that use it (and the sources' letters)
    QHash<QString, QHash<QString, QStringList>> translatedKeys;
    QHash<QString, QHash<QString, QStringList>> sourceKeys;
    int live = 0;
    for (const Message &message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue;
        ++live;
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (message.type == u"unfinished" || empty) {
            unfinished << describe(language, message);
            continue;
        }
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QStringList got = placeholders(translation);
            // A numerus text may write its one-item form without %n ("een afspraak") only when
            // the language has more than one form; every other placeholder must stay.
            QStringList need = expected;
            if (message.translations.size() > 1 && translation == message.translations.first())
                need.removeAll(QStringLiteral("%n"));
            QStringList gotWithoutN = got;
            if (need.size() != expected.size())
                gotWithoutN.removeAll(QStringLiteral("%n"));
            if (gotWithoutN != need)
                broken << QStringLiteral("%1 -> \"%2\": placeholders %3, expected %4")
                              .arg(describe(language, message), translation, got.join(u' '),
                                   expected.join(u' '));
            if (hasAccelerator(message.source) != hasAccelerator(translation))
                broken << QStringLiteral("%1 -> \"%2\": the & accelerator is %3")
                              .arg(describe(language, message), translation,
                                   hasAccelerator(message.source) ? QStringLiteral("missing")
                                                                  : QStringLiteral("extra"));
        }
        if (hasAccelerator(message.source) && hasAccelerator(message.translations.first())) {
            translatedKeys[message.context][accelerator(message.translations.first())]
                << message.translations.first();
            sourceKeys[message.context][accelerator(message.source)] << message.source;
        }
    }
    // An obvious collision: the English texts of a context use different letters throughout,
    // and the translations give two of them the same one.
    QStringList collisions;
    for (auto context = translatedKeys.cbegin(); context != translatedKeys.cend(); ++context) {
        const auto &sources = sourceKeys.value(context.key());
        const bool sourceClean = std::all_of(sources.cbegin(), sources.cend(),
                                             [](const QStringList &l) { return l.size() == 1; });
        for (auto key = context->cbegin(); key != context->cend(); ++key) {
            if (key->size() < 2)
                continue;
            const QString line =
                QStringLiteral("[%1] %2: \"&%3\" is used by %4")
                    .arg(language, context.key(), key.key(), key->join(QStringLiteral(", ")));
            if (sourceClean)
                collisions << line;
            else
                qInfo().noquote() << "accelerator shared (the English texts share some too):"
                                  << line;
        }
    }

    for (const QString &line : std::as_const(unfinished))
        qWarning().noquote() << "not translated:" << line;
    for (const QString &line : std::as_const(broken))
        qWarning().noquote() << "broken translation:" << line;
    for (const QString &line : std::as_const(collisions))
        qWarning().noquote() << "accelerator collision:" << line;
    qInfo().noquote() << QStringLiteral("[%1] %2 texts, %3 not translated, %4 broken, %5 "
                                        "accelerator collisions")
                             .arg(language)
                             .arg(live)
                             .arg(unfinished.size())
                             .arg(broken.size())
                             .arg(collisions.size());
    QVERIFY2(unfinished.isEmpty() && broken.isEmpty() && collisions.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 texts not translated, %3 broken, %4 accelerator "
                                       "collisions (each is listed above)")
                            .arg(language)
                            .arg(unfinished.size())
                            .arg(broken.size())
                            .arg(collisions.size())));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
