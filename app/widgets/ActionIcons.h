// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringList>

namespace registrar::widgets {

/*!
 * The icons of the buttons that act, as KeePassXC does it: the desktop theme's own icon
 * (QIcon::fromTheme, freedesktop names first, then Breeze's and Adwaita's where the
 * specification has none), else a PNG bundled from Breeze, so a bare system shows one too.
 * Ask for the icon when the button is built: a fallback does not follow a later theme change.
 */
class ActionIcons
{
public:
    //! edit-copy
    static QIcon copy();
    //! Shows a hidden secret: view-visible (Breeze), view-reveal-symbolic (Adwaita).
    static QIcon reveal();
    //! Hides a shown secret: view-hidden (Breeze), view-conceal-symbolic (Adwaita).
    static QIcon conceal();

    //! The icon of a Show/Hide toggle: reveal() while hidden, conceal() while \a shown.
    static QIcon revealOrConceal(bool shown) { return shown ? conceal() : reveal(); }

    //! Generates a password: password-generate (Breeze), else view-refresh.
    static QIcon generate();
    //! Verifies a token: dialog-ok-apply (Breeze), object-select-symbolic (Adwaita), dialog-ok.
    static QIcon verify();
    //! system-log-out
    static QIcon logOut();
    //! Creates an account: contact-new, else list-add.
    static QIcon registerAccount();
    //! Stops what runs: process-stop.
    static QIcon cancel();
    //! Opens a file (Import…, Browse…): document-open.
    static QIcon open();
    //! Asks a server what it offers: network-connect (Breeze), else network-server.
    static QIcon checkServer();

    //! The theme's names tried, in order, for \a icon as named in resources/icons/actions.
    static QStringList themeNames(const QString &icon);

private:
    static QIcon themed(const QString &icon);
};

} // namespace registrar::widgets
