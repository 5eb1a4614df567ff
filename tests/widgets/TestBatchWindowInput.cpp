// SPDX-License-Identifier: GPL-3.0-or-later
// The batch window reads its file as the CLI does: bounded, and a FIFO only once.
#include "BatchWindow.h"
#include "WidgetFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <thread>

using registrar::widgets::BatchWindow;

namespace {

const QByteArray kSecret = "batch-window-Secret-0123";

} // namespace

class TestBatchWindowInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anEndlessFileEndsTheCheckWithItsLine();
    void aFifoIsCheckedAndRunFromOneRead();

private:
    QString summary() const;

    std::unique_ptr<WidgetFixture> m_env;
    std::unique_ptr<BatchWindow> m_window;
};

void TestBatchWindowInput::init()
{
    m_env = std::make_unique<WidgetFixture>(kSecret, QStringLiteral("window.test"));
    const QString profileId = m_env->addProfile(QStringLiteral("Local"), true).id;
    m_window = std::make_unique<BatchWindow>(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, profileId);
    m_window->show();
}

void TestBatchWindowInput::cleanup()
{
    m_window.reset();
    m_env.reset();
}

QString TestBatchWindowInput::summary() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
}

void TestBatchWindowInput::anEndlessFileEndsTheCheckWithItsLine()
{
    m_window->findChild<QLineEdit *>(QStringLiteral("fileEdit"))
            ->setText(QStringLiteral("/dev/zero"));
    m_window->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QVERIFY2(summary().contains(QLatin1String("Line 1: a field is longer than 8 KiB")),
            qPrintable(summary()));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
}

void TestBatchWindowInput::aFifoIsCheckedAndRunFromOneRead()
{
    const QString fifo = m_env->dir.filePath(QStringLiteral("users.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::thread writer([fifo] {
        QFile file(fifo);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("username,password\nuno,uno-pass-1234\ndos,\n");
        }
    });
    m_window->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(fifo);
    m_window->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    writer.join();
    QVERIFY2(summary().contains(QLatin1String(": 2 valid")), qPrintable(summary()));

    const QString results = m_env->dir.filePath(QStringLiteral("results.csv"));
    m_window->findChild<QLineEdit *>(QStringLiteral("resultsEdit"))->setText(results);
    // The window asks before it creates anything: say yes.
    QTimer yes;
    connect(&yes, &QTimer::timeout, this, [&yes] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            yes.stop();
            box->button(QMessageBox::Yes)->click();
        }
    });
    yes.start(20);
    QPushButton *create = m_window->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create->isEnabled());
    create->click();
    // Without the FIFO read a second time, the run has its rows; with it, nothing would be sent.
    QTRY_COMPARE_WITH_TIMEOUT(m_env->server.accountCount(), 2, 20000);
    QVERIFY(m_env->server.passwordMatches(QStringLiteral("uno"), QStringLiteral("uno-pass-1234")));
    QTRY_VERIFY_WITH_TIMEOUT(
            m_window->findChild<QPushButton *>(QStringLiteral("checkButton"))->isEnabled(), 20000);
}

QTEST_MAIN(TestBatchWindowInput)
#include "TestBatchWindowInput.moc"
