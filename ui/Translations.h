#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Chairside {

// The desk's language: which translators are installed and which locale formats dates, times,
// numbers and money. One place, so the settings, the command line and tests agree.
namespace Translations {

// The languages Chairside ships, as BCP 47 tags: "en" (the source texts), "af", "zu", "th".
QStringList shippedLanguages();

// The language a setting means: the tag itself when shipped; empty (the system's language): the
// first of the system's UI languages that is shipped, else English. An unknown tag: English.
QString resolve(const QString &setting);

// Installs Qt's own and Chairside's translators for `setting` (replacing earlier ones) and makes
// the language the default locale. Installing sends QEvent::LanguageChange to every window.
// Returns the resolved language.
QString apply(const QString &setting);

// The language apply() installed last ("en" before any call).
QString currentLanguage();

// The locale that formats for the desk: the current language in the business's country when
// that pair exists (af + ZA -> af_ZA, th + TH -> th_TH), the business's own locale when the
// language is its language, else the language's usual locale (th + ZA -> th_TH).
QLocale displayLocale(const QLocale &businessLocale);

// Where to look for chairside_<lang>.qm before the installed and built-in copies (tests, and
// translators trying a .qm without building). Empty: nowhere else.
void setExtraSearchPath(const QString &directory);

} // namespace Translations

} // namespace Chairside
