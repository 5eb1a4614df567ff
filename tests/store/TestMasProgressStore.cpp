// SPDX-License-Identifier: GPL-3.0-or-later
// The file of unfinished MAS accounts: kept between runs, one entry per MAS and username, owner
// only, and a file this version cannot read is refused and left as it is.
#include "MasProgressStore.h"

#include <QDir>
#include <QFile>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using registrar::core::MasProgress;
using registrar::store::MasProgressStore;

namespace {

const QUrl kMas(QStringLiteral("https://auth.example.com"));
const QUrl kOtherMas(QStringLiteral("http://127.0.0.1:8080/mas"));
//! The file's mode as chmod writes it; Qt's "User" bits repeat the owner's for its owner.
const QFileDevice::Permissions kModeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;

MasProgress progress(const QString &username, const QString &ulid)
{
    MasProgress p;
    p.username = username;
    p.masUserId = ulid;
    p.userCreated = true;
    return p;
}

//! Saves one entry, as a run that got somewhere would.
bool saveAlice(MasProgressStore &store, QString *error)
{
    return store.save(kMas,
            progress(QStringLiteral("alice"), QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA")), error);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

} // namespace

class TestMasProgressStore : public QObject
{
    Q_OBJECT

private slots:

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void keptAcrossRuns();
    void masUrlsAndUsernamesAreKeptApart();
    void theSameMasWithOrWithoutASlash();
    void saveReplacesAnEntry();
    void remove();
    void ownerOnlyAndNoSecret();
    void defaultPathIsInTheDataDirectory();
    void refusedFilesAreLeftAlone_data();
    void refusedFilesAreLeftAlone();
    void aFileAtTheBoundIsRead();
    void anUnreadableFileIsNotReplaced();
    void entriesItCannotReadAreKept();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/mas-progress.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMasProgressStore::keptAcrossRuns()
{
    QString error;
    MasProgress alice =
            progress(QStringLiteral("alice"), QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E"));
    alice.passwordSet = true;
    alice.emailsAdded = QStringList{QStringLiteral("alice@example.com")};
    alice.createSentAt = 1764612000;
    {
        MasProgressStore store(path());
        QVERIFY(!store.find(kMas, QStringLiteral("alice")));
        QVERIFY2(store.save(kMas, alice, &error), qPrintable(error));
        QCOMPARE(store.filePath(), path());
    }
    const MasProgressStore reopened(path());
    const std::optional<MasProgress> found = reopened.find(kMas, QStringLiteral("alice"));
    QVERIFY(found);
    QCOMPARE(found->username, QStringLiteral("alice"));
    QCOMPARE(found->masUserId, QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E"));
    QVERIFY(found->userCreated);
    QVERIFY(found->passwordSet);
    QVERIFY(!found->adminSet);
    QCOMPARE(found->emailsAdded, alice.emailsAdded);
    QVERIFY(!found->signedIn);
    QCOMPARE(found->createSentAt, 1764612000);
    QCOMPARE(found->lastStep(), MasProgress::Step::EmailsAdded);
    QVERIFY(!reopened.find(kMas, QStringLiteral("bob")));
}

void TestMasProgressStore::masUrlsAndUsernamesAreKeptApart()
{
    MasProgressStore store(path());
    QString error;
    const MasProgress first =
            progress(QStringLiteral("alice"), QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA"));
    const MasProgress second =
            progress(QStringLiteral("alice"), QStringLiteral("01BBBBBBBBBBBBBBBBBBBBBBBB"));
    MasProgress third =
            progress(QStringLiteral("bob"), QStringLiteral("01CCCCCCCCCCCCCCCCCCCCCCCC"));
    third.adminSet = true;
    QVERIFY(store.save(kMas, first, &error));
    QVERIFY(store.save(kOtherMas, second, &error));
    QVERIFY(store.save(kMas, third, &error));

    QCOMPARE(store.find(kMas, QStringLiteral("alice"))->masUserId, first.masUserId);
    QCOMPARE(store.find(kOtherMas, QStringLiteral("alice"))->masUserId, second.masUserId);
    QCOMPARE(store.find(kMas, QStringLiteral("bob"))->masUserId, third.masUserId);
    QVERIFY(store.find(kMas, QStringLiteral("bob"))->adminSet);
    QVERIFY(!store.find(kOtherMas, QStringLiteral("bob")));
    // Another port, path or host is another MAS.
    QVERIFY(!store.find(
            QUrl(QStringLiteral("https://auth.example.com:8443")), QStringLiteral("alice")));
    QVERIFY(!store.find(
            QUrl(QStringLiteral("https://auth.example.com/mas")), QStringLiteral("alice")));
    QVERIFY(!store.find(QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("alice")));
    QVERIFY(!store.find(QUrl(QStringLiteral("https://example.com")), QStringLiteral("alice")));
    // Usernames are MAS's, compared as MAS compares them: exactly.
    QVERIFY(!store.find(kMas, QStringLiteral("Alice")));
    QVERIFY(!store.find(kMas, QStringLiteral("alic")));

    const QJsonArray written = QJsonDocument::fromJson(contentsOf(path())).array();
    QCOMPARE(written.size(), 3);
}

void TestMasProgressStore::theSameMasWithOrWithoutASlash()
{
    MasProgressStore store(path());
    QString error;
    QVERIFY(store.save(QUrl(QStringLiteral("http://127.0.0.1:8080/mas/")),
            progress(QStringLiteral("carol"), QStringLiteral("01DDDDDDDDDDDDDDDDDDDDDDDD")),
            &error));
    QVERIFY(store.find(kOtherMas, QStringLiteral("carol")));
    QVERIFY(store.find(
            QUrl(QStringLiteral("http://127.0.0.1:8080/mas//")), QStringLiteral("carol")));
    QVERIFY(store.find(QUrl(QStringLiteral("HTTP://127.0.0.1:8080/mas")), QStringLiteral("carol")));
    QVERIFY(store.find(
                    QUrl(QStringLiteral("https://AUTH.example.com:443/")), QStringLiteral("carol"))
            == std::nullopt);
    QVERIFY(store.save(kMas,
            progress(QStringLiteral("dave"), QStringLiteral("01EEEEEEEEEEEEEEEEEEEEEEEE")),
            &error));
    QVERIFY(store.find(
            QUrl(QStringLiteral("https://AUTH.example.com:443/")), QStringLiteral("dave")));
}

void TestMasProgressStore::saveReplacesAnEntry()
{
    MasProgressStore store(path());
    QString error;
    MasProgress alice =
            progress(QStringLiteral("alice"), QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E"));
    QVERIFY(store.save(kMas, alice, &error));
    alice.passwordSet = true;
    alice.adminSet = true;
    QVERIFY(store.save(QUrl(QStringLiteral("https://auth.example.com/")), alice, &error));
    QCOMPARE(QJsonDocument::fromJson(contentsOf(path())).array().size(), 1);
    QCOMPARE(store.find(kMas, QStringLiteral("alice"))->lastStep(), MasProgress::Step::AdminSet);
}

void TestMasProgressStore::remove()
{
    MasProgressStore store(path());
    QString error;
    // Nothing kept, not even a file: nothing to do, and nothing is created.
    QVERIFY(store.remove(kMas, QStringLiteral("alice"), &error));
    QVERIFY(!QFileInfo::exists(path()));

    QVERIFY(store.save(kMas,
            progress(QStringLiteral("alice"), QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA")),
            &error));
    QVERIFY(store.save(kOtherMas,
            progress(QStringLiteral("alice"), QStringLiteral("01BBBBBBBBBBBBBBBBBBBBBBBB")),
            &error));
    QVERIFY(store.remove(kMas, QStringLiteral("bob"), &error));
    QVERIFY(store.remove(kMas, QStringLiteral("alice"), &error));
    QVERIFY(!store.find(kMas, QStringLiteral("alice")));
    QCOMPARE(store.find(kOtherMas, QStringLiteral("alice"))->masUserId,
            QStringLiteral("01BBBBBBBBBBBBBBBBBBBBBBBB"));
    QVERIFY(store.remove(kMas, QStringLiteral("alice"), &error)); // again: nothing left to forget
    QVERIFY(store.remove(
            QUrl(QStringLiteral("http://127.0.0.1:8080/mas/")), QStringLiteral("alice"), &error));
    QVERIFY(!MasProgressStore(path()).find(kOtherMas, QStringLiteral("alice")));
    QCOMPARE(QJsonDocument::fromJson(contentsOf(path())), QJsonDocument(QJsonArray()));
}

void TestMasProgressStore::ownerOnlyAndNoSecret()
{
    MasProgressStore store(path());
    QString error;
    MasProgress alice =
            progress(QStringLiteral("alice"), QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E"));
    alice.signedIn = true;
    QVERIFY(store.save(kMas, alice, &error));
    QCOMPARE(QFileInfo(path()).permissions() & kModeBits,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A file made readable by others is put back to owner only when written again.
    QFile(path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(store.save(kMas,
            progress(QStringLiteral("bob"), QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA")), &error));
    QCOMPARE(QFileInfo(path()).permissions() & kModeBits,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Only what the entries promise: ULIDs, usernames, steps, when a create was sent and the MAS
    // URL; no token, no password.
    const QJsonArray entries = QJsonDocument::fromJson(contentsOf(path())).array();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &entry : entries) {
        QStringList keys = entry.toObject().keys();
        keys.sort();
        QCOMPARE(keys,
                (QStringList{QStringLiteral("mas_admin_set"), QStringLiteral("mas_create_sent_at"),
                        QStringLiteral("mas_emails_added"), QStringLiteral("mas_last_step"),
                        QStringLiteral("mas_password_set"), QStringLiteral("mas_signed_in"),
                        QStringLiteral("mas_url"), QStringLiteral("mas_user_created"),
                        QStringLiteral("mas_user_id"), QStringLiteral("mas_username")}));
    }
}

void TestMasProgressStore::defaultPathIsInTheDataDirectory()
{
    QCOMPARE(QFileInfo(MasProgressStore::defaultPath()).fileName(),
            QStringLiteral("mas-progress.json"));
    // Not under the application's name: the app and the command-line tool share it.
    const QString before = MasProgressStore::defaultPath();
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("another-name"));
    QCOMPARE(MasProgressStore::defaultPath(), before);
    QCoreApplication::setApplicationName(name);
    QVERIFY(QFileInfo(MasProgressStore::defaultPath()).isAbsolute());
}

void TestMasProgressStore::refusedFilesAreLeftAlone_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("says");
    QTest::newRow("an object") << QByteArray(R"({"mas_username":"alice"})") << "not a JSON array";
    QTest::newRow("not JSON") << QByteArray("[{\"mas_username\":") << "not a JSON array";
    QTest::newRow("empty") << QByteArray() << "not a JSON array";
    QTest::newRow("a number") << QByteArray("42") << "not a JSON array";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe[]", 5) << "not a JSON array";
    // A valid array just over the bound: the size alone refuses it.
    QTest::newRow("over the bound")
            << QByteArray("[" + QByteArray(MasProgressStore::kMaxFileBytes - 1, ' ') + "]")
            << "Cannot read";
}

void TestMasProgressStore::refusedFilesAreLeftAlone()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, says);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    writeFile(path(), contents);
    MasProgressStore store(path());
    QString error;
    QVERIFY(!store.find(kMas, QStringLiteral("alice")));
    QVERIFY(!saveAlice(store, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(error.contains(path()), qPrintable(error));
    error.clear();
    QVERIFY(!store.remove(kMas, QStringLiteral("alice"), &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(QFileInfo(path()).size(), contents.size());
    QCOMPARE(contentsOf(path()), contents);
}

void TestMasProgressStore::aFileAtTheBoundIsRead()
{
    const QByteArray contents = "[" + QByteArray(MasProgressStore::kMaxFileBytes - 2, ' ') + "]";
    QCOMPARE(contents.size(), MasProgressStore::kMaxFileBytes);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    writeFile(path(), contents);
    MasProgressStore store(path());
    QString error;
    QVERIFY2(saveAlice(store, &error), qPrintable(error));
    QVERIFY(store.find(kMas, QStringLiteral("alice")));
}

void TestMasProgressStore::anUnreadableFileIsNotReplaced()
{
    // What stands at the path cannot be read (here a directory, since tests may run as root,
    // whom permissions do not stop): saving fails and names it, and what is there stays.
    QDir().mkpath(path());
    writeFile(path() + QStringLiteral("/kept"), "x");
    MasProgressStore store(path());
    QString error;
    QVERIFY(!store.find(kMas, QStringLiteral("alice")));
    QVERIFY(!saveAlice(store, &error));
    QVERIFY2(error.contains(QLatin1String("Cannot read")), qPrintable(error));
    QVERIFY2(error.contains(path()), qPrintable(error));
    QVERIFY(QFileInfo(path()).isDir());
    QCOMPARE(contentsOf(path() + QStringLiteral("/kept")), QByteArray("x"));
}

void TestMasProgressStore::entriesItCannotReadAreKept()
{
    // An entry without a username (hand-edited, or from another version) is not this version's
    // to forget: saving and removing others write it back as it was.
    const QJsonArray foreign{42,
            QJsonObject{
                    {QStringLiteral("mas_user_id"), QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E")}},
            QStringLiteral("text")};
    QDir().mkpath(QFileInfo(path()).absolutePath());
    writeFile(path(), QJsonDocument(foreign).toJson());
    MasProgressStore store(path());
    QString error;
    QVERIFY2(saveAlice(store, &error), qPrintable(error));
    QVERIFY(store.find(kMas, QStringLiteral("alice")));
    QJsonArray written = QJsonDocument::fromJson(contentsOf(path())).array();
    QCOMPARE(written.size(), 4);
    for (const QJsonValue &value : foreign) {
        QVERIFY2(written.contains(value), qPrintable(QString::fromUtf8(contentsOf(path()))));
    }
    QVERIFY(store.remove(kMas, QStringLiteral("alice"), &error));
    QCOMPARE(QJsonDocument::fromJson(contentsOf(path())).array(), foreign);
}

QTEST_GUILESS_MAIN(TestMasProgressStore)
#include "TestMasProgressStore.moc"
