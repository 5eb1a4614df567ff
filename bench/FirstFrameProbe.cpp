// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded into the unchanged desktop app by gui.sh (LD_PRELOAD): prints when the main window's
// first frame is painted, then quits, so startup is timed on the binary admins run.
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QWidget>

#include <cstdio>

namespace {

class FirstFrameProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported && watched->isWidgetType()
                && watched->inherits("QMainWindow")) {
            m_reported = true;
            std::printf("first-frame-epoch-ms %lld\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

void installProbe()
{
    QCoreApplication::instance()->installEventFilter(new FirstFrameProbe(qApp));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
