// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace registrar::core {

namespace {

// Qt 6.4's own French catalogue lacks the help texts QCommandLineParser adds; ours carry them, and
// Qt's catalogue (searched first) still wins wherever it has them.
[[maybe_unused]] constexpr const char *kQtTextsOurCataloguesCarry[] = {
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

//! Where the build embeds the compiled catalogues.
QString embeddedFolder()
{
    return QStringLiteral(":/i18n");
}

bool load(QObject *owner, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(owner);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)
            || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QString prefix = catalogue() + QLatin1Char('_');
    for (const QString &file :
            QDir(embeddedFolder()).entryList({prefix + QLatin1String("*.qm")}, QDir::Files)) {
        languages.append(file.mid(prefix.size()).chopped(3));
    }
    languages.sort();
    return languages;
}

QLocale Translations::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

int Translations::install(QObject *owner, const QLocale &locale)
{
    int loaded = 0;
    // Installed later means searched first, so the locale's own catalogue wins over English.
    loaded += load(owner, QLocale(QLocale::English), catalogue(), embeddedFolder());
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        loaded += load(owner, locale, catalogue(), embeddedFolder());
        loaded += load(owner, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return loaded;
}

} // namespace registrar::core
