// SPDX-License-Identifier: GPL-3.0-or-later
// The batch window reads its file as the CLI does: bounded, and a FIFO only once.
#include "BatchWindow.h"
#include "WidgetFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUrl>

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
    void aResumedRunCountsWhatTheResultsFileCreated();

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

void TestBatchWindowInput::aResumedRunCountsWhatTheResultsFileCreated()
{
    const QString csv = m_env->dir.filePath(QStringLiteral("users.csv"));
    QFile users(csv);
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("username,admin\nann,false\nbob,false\ncid,false\ndee,false\neve,false\n");
    users.close();
    // An earlier run with this results file created the first four.
    const QString results = m_env->dir.filePath(QStringLiteral("out/results.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(results).absolutePath()));
    QFile earlier(results);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("username,user_id,status,error,password,access_token,device_id,line\r\n");
    qint64 line = 2;
    for (const char *name : {"ann", "bob", "cid", "dee"}) {
        earlier.write(QStringLiteral("%1,@%1:window.test,created,,pw-%1-0123456789,,,%2\r\n")
                              .arg(QLatin1String(name))
                              .arg(line++)
                              .toUtf8());
    }
    earlier.close();
    QVERIFY(earlier.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    auto *fileEdit = m_window->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    fileEdit->setFocus();
    QTest::keyClicks(fileEdit, csv);
    QTest::mouseClick(
            m_window->findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QVERIFY2(summary().contains(QLatin1String(": 5 valid")), qPrintable(summary()));
    auto *resultsEdit = m_window->findChild<QLineEdit *>(QStringLiteral("resultsEdit"));
    resultsEdit->setFocus();
    QTest::keyClicks(resultsEdit, results);

    QString question;
    bool answerYes = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            question = box->text();
            QTest::mouseClick(
                    box->button(answerYes ? QMessageBox::Yes : QMessageBox::No), Qt::LeftButton);
        }
    });
    answer.start(20);
    auto *create = m_window->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("Create 1 account")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("4 already created, 1 to create, 0 admin")),
            qPrintable(question));
    // Counting left the file as it was, unlocked: a run can take it.
    QCOMPARE(m_env->server.accountCount(), 0);

    auto *openFolder = m_window->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
    QVERIFY(!openFolder->isVisible()); // nothing ran yet
    QList<QUrl> opened;
    m_window->setFolderOpener([&opened](const QUrl &folder) {
        opened.append(folder);
        return true;
    });
    answerYes = true;
    answer.start(20);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary().startsWith(QLatin1String("Done.")), 20000);
    QVERIFY2(summary().contains(QLatin1String("Created 1 (and 4 earlier)")), qPrintable(summary()));
    QCOMPARE(m_env->server.accountCount(), 1);
    QVERIFY(openFolder->isVisible());
    QVERIFY(openFolder->isEnabled());
    QTest::mouseClick(openFolder, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(results).absolutePath())});

    auto *close = m_window->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestBatchWindowInput)
#include "TestBatchWindowInput.moc"
