// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace registrar::widgets {

/*!
 * Keeps a window wide enough for its whole title beside the window manager's buttons, which
 * cut what does not fit ("Edit profile “The family serv…”"). Follows later setWindowTitle().
 */
class WholeTitle : public QObject
{
    Q_OBJECT

public:
    //! What a window manager's buttons and margins take beside the title, at most.
    static constexpr int kTitleBarRoom = 150;

    //! Keeps \a window's minimum width at what its title needs; \a window owns the keeper.
    static void keep(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WholeTitle(QWidget *window);
    void apply();

    QWidget *m_window;
};

} // namespace registrar::widgets
