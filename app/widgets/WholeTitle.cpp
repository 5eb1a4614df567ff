// SPDX-License-Identifier: GPL-3.0-or-later
#include "WholeTitle.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace registrar::widgets {

WholeTitle::WholeTitle(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void WholeTitle::keep(QWidget *window)
{
    auto *keeper = new WholeTitle(window);
    window->installEventFilter(keeper);
    keeper->apply();
}

bool WholeTitle::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window
            && (event->type() == QEvent::WindowTitleChange || event->type() == QEvent::Show
                    || event->type() == QEvent::FontChange)) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void WholeTitle::apply()
{
    // The title bar shows "<title> — <display name>", as QPlatformWindow::formatWindowTitle().
    QString shown = m_window->windowTitle();
    const QString app = QGuiApplication::applicationDisplayName();
    if (!app.isEmpty() && shown != app) {
        shown += QStringLiteral(" \u2014 ") + app;
    }
    const int title = QFontMetrics(QApplication::font()).horizontalAdvance(shown) + kTitleBarRoom;
    // An explicit minimum replaces the layout's: keep the larger of the two.
    const int contents = m_window->layout() ? m_window->layout()->totalMinimumSize().width() : 0;
    m_window->setMinimumWidth(std::max(title, contents));
}

} // namespace registrar::widgets
