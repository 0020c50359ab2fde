#include "ui/Translations.h"

#include "translations/TranslationResources.h"
#include "ui/ContextFallbackTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Chairside::Translations {

namespace {

// What apply() installed: kept so the next apply() can take them out again.
struct State
{
    QString language = QStringLiteral("en");
    QString extraSearchPath;
    std::vector<std::unique_ptr<QTranslator>> installed;
};

State &state()
{
    static State instance;
    return instance;
}

// Where chairside_<lang>.qm may be, in order: the extra folder, the installed
// share/chairside/translations beside the program, the copies built into it.
QStringList catalogueFolders()
{
    QStringList folders;
    if (!state().extraSearchPath.isEmpty())
        folders << state().extraSearchPath;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        folders << QDir(appDir).filePath(QStringLiteral("../share/chairside/translations"));
    folders << QStringLiteral(":/i18n");
    return folders;
}

std::unique_ptr<QTranslator> loadChairside(const QString &language)
{
    const QString name = QStringLiteral("chairside_%1.qm").arg(language);
    for (const QString &folder : catalogueFolders()) {
        const QString file = QDir(folder).filePath(name);
        if (!QFileInfo::exists(file))
            continue;
        auto translator = std::make_unique<ContextFallbackTranslator>();
        if (translator->loadCatalogue(file, QDir(folder).filePath(QStringLiteral("contexts.txt"))))
            return translator;
    }
    return nullptr;
}

// Qt's own texts (the buttons of standard dialogs, About Qt…) when the system has them.
std::unique_ptr<QTranslator> loadQtBase(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return translator;
    return nullptr;
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("af"), QStringLiteral("zu"), QStringLiteral("th")};
}

QString resolve(const QString &setting)
{
    const QStringList shipped = shippedLanguages();
    if (!setting.isEmpty())
        return shipped.contains(setting) ? setting : QStringLiteral("en");
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = QLocale(ui).name().section(u'_', 0, 0);
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString apply(const QString &setting)
{
    initTranslationResources();
    State &s = state();
    for (const auto &translator : s.installed)
        QCoreApplication::removeTranslator(translator.get());
    s.installed.clear();

    s.language = resolve(setting);
    if (s.language != u"en") {
        // Chairside's own catalogue goes in last so it is asked first.
        std::unique_ptr<QTranslator> loaded[] = {loadQtBase(s.language), loadChairside(s.language)};
        for (auto &translator : loaded) {
            if (!translator)
                continue;
            QCoreApplication::installTranslator(translator.get());
            s.installed.push_back(std::move(translator));
        }
    }
    QLocale::setDefault(QLocale(s.language));
    return s.language;
}

QString currentLanguage()
{
    return state().language;
}

QLocale displayLocale(const QLocale &businessLocale)
{
    const QLocale language(state().language);
    if (businessLocale.language() == language.language())
        return businessLocale;
    const QLocale local(language.language(), businessLocale.territory());
    if (local.language() == language.language() && local.territory() == businessLocale.territory())
        return local;
    return language;
}

void setExtraSearchPath(const QString &directory)
{
    state().extraSearchPath = directory;
}

} // namespace Chairside::Translations
