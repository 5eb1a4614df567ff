// SPDX-License-Identifier: GPL-3.0-or-later
// The app's own secret stores against a real Secret Service (gnome-keyring in a private D-Bus
// session), and without one. REGISTRAR_KEYCHAIN says which environment CTest started:
// "unlocked", "no-bus" or "no-service". No mock of QtKeychain.
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QTest>

using registrar::core::SecretBytes;
using registrar::store::KeychainSecretStore;
using registrar::store::MemorySecretStore;
using registrar::store::SecretServiceProbe;
using registrar::store::SecretStore;
using Status = SecretStore::Status;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadReplaceRemove_data();
    void writeReadReplaceRemove();
    void sessionStoreWorksEverywhere();
    void causeIsNamedWithoutAKeychain();
    void lockedKeyringIsNamed();

private:
    static SecretStore::Result wait(
            const std::function<void(QObject *, SecretStore::Callback)> &call);
    QString m_environment;
};

void TestKeychainSecretStore::initTestCase()
{
    m_environment = qEnvironmentVariable("REGISTRAR_KEYCHAIN");
    QVERIFY2(!m_environment.isEmpty(), "run through CTest, which starts the D-Bus session");
}

SecretStore::Result TestKeychainSecretStore::wait(
        const std::function<void(QObject *, SecretStore::Callback)> &call)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    bool calledBack = false;
    call(&context, [&](const SecretStore::Result &r) {
        result = r.copy();
        calledBack = true;
    });
    if (calledBack) {
        qFatal("a secret store answered from inside the call");
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        return {Status::Failed, {}, QStringLiteral("no answer")};
    }
    return std::move(*result);
}

void TestKeychainSecretStore::writeReadReplaceRemove_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("generated") << QByteArray("Zq8#;p=Vx~.kL@^&*-_+abcdefghijklmnopqrstuvw");
    QTest::newRow("spaces and UTF-8") << QByteArray(" sp\xc3\xa4"
                                                    "ce ");
    QTest::newRow("long") << QByteArray(4096, 'k');
}

void TestKeychainSecretStore::writeReadReplaceRemove()
{
    if (m_environment != QLatin1String("unlocked")) {
        QSKIP("needs the unlocked keyring");
    }
    QFETCH(QByteArray, secret);
    QCOMPARE(SecretServiceProbe::check(), Status::Ok);
    KeychainSecretStore store;
    const QString key =
            QStringLiteral("test-profile-") + QString::fromLatin1(QTest::currentDataTag());
    auto read = [&] {
        return wait([&](QObject *c, SecretStore::Callback d) { store.read(key, c, d); });
    };

    QCOMPARE(read().status, Status::NotFound);
    QCOMPARE(wait([&](QObject *c, SecretStore::Callback d) {
        store.write(key, SecretBytes(secret), c, d);
    }).status,
            Status::Ok);
    SecretStore::Result stored = read();
    QCOMPARE(stored.status, Status::Ok);
    QCOMPARE(stored.secret.borrowed(), secret);
    QCOMPARE(wait([&](QObject *c, SecretStore::Callback d) {
        store.write(key, SecretBytes("replaced"), c, d);
    }).status,
            Status::Ok);
    QCOMPARE(read().secret.borrowed(), QByteArray("replaced"));
    QCOMPARE(wait([&](QObject *c, SecretStore::Callback d) { store.remove(key, c, d); }).status,
            Status::Ok);
    QCOMPARE(read().status, Status::NotFound);
}

void TestKeychainSecretStore::sessionStoreWorksEverywhere()
{
    MemorySecretStore store;
    QCOMPARE(wait([&](QObject *c, SecretStore::Callback d) {
        store.read(QStringLiteral("k"), c, d);
    }).status,
            Status::NotFound);
    QVERIFY(wait([&](QObject *c, SecretStore::Callback d) {
        store.write(QStringLiteral("k"), SecretBytes("s3cret"), c, d);
    }).ok());
    QCOMPARE(wait([&](QObject *c, SecretStore::Callback d) {
        store.read(QStringLiteral("k"), c, d);
    }).secret.borrowed(),
            QByteArray("s3cret"));
    QVERIFY(wait([&](QObject *c, SecretStore::Callback d) {
        store.remove(QStringLiteral("k"), c, d);
    }).ok());
    QCOMPARE(wait([&](QObject *c, SecretStore::Callback d) {
        store.read(QStringLiteral("k"), c, d);
    }).status,
            Status::NotFound);
}

void TestKeychainSecretStore::causeIsNamedWithoutAKeychain()
{
    if (m_environment == QLatin1String("unlocked")) {
        QSKIP("a keychain is there");
    }
    const Status expected = m_environment == QLatin1String("no-bus") ? Status::NoSessionBus
                                                                     : Status::NoSecretService;
    QCOMPARE(SecretServiceProbe::check(), expected);
    KeychainSecretStore store;
    const SecretStore::Result read = wait(
            [&](QObject *c, SecretStore::Callback d) { store.read(QStringLiteral("k"), c, d); });
    QCOMPARE(read.status, expected);
    const SecretStore::Result write = wait([&](QObject *c, SecretStore::Callback d) {
        store.write(QStringLiteral("k"), SecretBytes("x"), c, d);
    });
    QCOMPARE(write.status, expected);
    QVERIFY(write.message().contains(QLatin1String("session only")));
}

void TestKeychainSecretStore::lockedKeyringIsNamed()
{
    if (m_environment != QLatin1String("unlocked")) {
        QSKIP("needs the keyring");
    }
    KeychainSecretStore store;
    QVERIFY(wait([&](QObject *c, SecretStore::Callback d) {
        store.write(QStringLiteral("locked"), SecretBytes("x"), c, d);
    }).ok());
    // Lock the default collection, as a screen lock or a timeout would.
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const QString path = QStringLiteral("/org/freedesktop/secrets");
    const QString interface = QStringLiteral("org.freedesktop.Secret.Service");
    QDBusMessage readAlias =
            QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> collection = QDBusConnection::sessionBus().call(readAlias);
    QVERIFY(collection.isValid());
    QDBusMessage lock =
            QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath>{collection.value()});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
    QCOMPARE(SecretServiceProbe::check(), Status::Locked);
    // QtKeychain itself says "not found" here; the store names the lock.
    const SecretStore::Result read = wait([&](QObject *c, SecretStore::Callback d) {
        store.read(QStringLiteral("locked"), c, d);
    });
    QCOMPARE(read.status, Status::Locked);
    QVERIFY(read.message().contains(QLatin1String("locked")));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
