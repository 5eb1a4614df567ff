// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QObject;

namespace registrar::core {

/*!
 * Loads the translations embedded under :/i18n and Qt's own (qtbase_*.qm from Qt's translations
 * folder, so that standard dialogs match) into an application. English is always loaded first:
 * it holds only the plural forms, so "%n account(s)" reads "1 account" / "2 accounts".
 */
class Translations
{
public:
    //! The name every embedded translation starts with, "synapse-registrar_de.qm" and so on.
    static QString catalogue() { return QStringLiteral("synapse-registrar"); }

    //! The settings key of the language the admin chose; absent means the system's.
    static QString settingsKey() { return QStringLiteral("language"); }

    //! The languages with an embedded catalogue, as codes such as "de", sorted.
    static QStringList availableLanguages();

    //! The locale for \a language ("de"), or the system's when it is empty.
    static QLocale localeFor(const QString &language);

    /*!
     * Installs the translators for \a locale into the application; returns how many were
     * loaded. They are children of \a owner and leave the application with it.
     */
    static int install(QObject *owner, const QLocale &locale);
};

} // namespace registrar::core
