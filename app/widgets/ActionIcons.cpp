// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionIcons.h"

#include <QHash>

namespace registrar::widgets {

namespace {

// The sizes bundled: 16 and 22 px at 100 %, 32 and 44 px for 200 %.
constexpr int kBundledSizes[] = {16, 22, 32, 44};

QIcon bundled(const QString &icon)
{
    QIcon result;
    for (const int size : kBundledSizes) {
        result.addFile(
                QStringLiteral(":/icons/actions/%1/%2.png").arg(size).arg(icon), QSize(size, size));
    }
    return result;
}

} // namespace

QStringList ActionIcons::themeNames(const QString &icon)
{
    static const QHash<QString, QStringList> names = {
            {QStringLiteral("copy"), {QStringLiteral("edit-copy")}},
            {QStringLiteral("reveal"),
                    {QStringLiteral("view-visible"), QStringLiteral("view-reveal-symbolic")}},
            {QStringLiteral("conceal"),
                    {QStringLiteral("view-hidden"), QStringLiteral("view-conceal-symbolic")}},
            {QStringLiteral("generate"),
                    {QStringLiteral("password-generate"), QStringLiteral("view-refresh")}},
            {QStringLiteral("verify"),
                    {QStringLiteral("dialog-ok-apply"), QStringLiteral("object-select-symbolic"),
                            QStringLiteral("dialog-ok")}},
            {QStringLiteral("log-out"), {QStringLiteral("system-log-out")}},
            {QStringLiteral("register"),
                    {QStringLiteral("contact-new"), QStringLiteral("list-add")}},
            {QStringLiteral("cancel"), {QStringLiteral("process-stop")}},
            {QStringLiteral("open"), {QStringLiteral("document-open")}},
            {QStringLiteral("check-server"),
                    {QStringLiteral("network-connect"), QStringLiteral("network-server")}},
    };
    return names.value(icon);
}

QIcon ActionIcons::themed(const QString &icon)
{
    // The first name the theme knows: Breeze and Adwaita name show and hide differently.
    for (const QString &name : themeNames(icon)) {
        if (QIcon::hasThemeIcon(name)) {
            return QIcon::fromTheme(name);
        }
    }
    return bundled(icon);
}

QIcon ActionIcons::copy()
{
    return themed(QStringLiteral("copy"));
}

QIcon ActionIcons::reveal()
{
    return themed(QStringLiteral("reveal"));
}

QIcon ActionIcons::conceal()
{
    return themed(QStringLiteral("conceal"));
}

QIcon ActionIcons::generate()
{
    return themed(QStringLiteral("generate"));
}

QIcon ActionIcons::verify()
{
    return themed(QStringLiteral("verify"));
}

QIcon ActionIcons::logOut()
{
    return themed(QStringLiteral("log-out"));
}

QIcon ActionIcons::registerAccount()
{
    return themed(QStringLiteral("register"));
}

QIcon ActionIcons::cancel()
{
    return themed(QStringLiteral("cancel"));
}

QIcon ActionIcons::open()
{
    return themed(QStringLiteral("open"));
}

QIcon ActionIcons::checkServer()
{
    return themed(QStringLiteral("check-server"));
}

} // namespace registrar::widgets
