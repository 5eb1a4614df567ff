// SPDX-License-Identifier: GPL-3.0-or-later
// The vault through the SecretStore interface, with the session store standing in for the
// keychain (the keychain itself is tested against a real Secret Service elsewhere).
#include "MemorySecretStore.h"
#include "SecretVault.h"

#include <QTest>

#include <optional>

using registrar::core::SecretBytes;
using registrar::store::MemorySecretStore;
using registrar::store::SecretStore;
using registrar::store::SecretVault;

class TestSecretVault : public QObject
{
    Q_OBJECT

private slots:
    void usableWhereASecretStoreIs();
    void sessionSecretIsReadFirstAndRemovedWithTheKeychainOne();

private:
    //! Runs one store call and waits for its answer.
    template <typename Call>
    SecretStore::Result answerOf(Call call)
    {
        std::optional<SecretStore::Result> answer;
        call([&answer](const SecretStore::Result &result) { answer = result.copy(); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); })) {
            qFatal("the store did not answer");
        }
        return std::move(*answer);
    }
};

void TestSecretVault::usableWhereASecretStoreIs()
{
    MemorySecretStore keychain;
    SecretVault vault(&keychain);
    SecretStore &store = vault;
    QCOMPARE(store.placeName(), keychain.placeName());

    QVERIFY(answerOf([&](auto done) {
        store.write(QStringLiteral("p1"), SecretBytes("s3cret"), this, done);
    }).ok());
    // write() went to the keychain, not to the vault's own session store.
    const SecretStore::Result inKeychain =
            answerOf([&](auto done) { keychain.read(QStringLiteral("p1"), this, done); });
    QCOMPARE(inKeychain.secret.borrowed(), QByteArray("s3cret"));
    QCOMPARE(answerOf([&](auto done) {
        store.read(QStringLiteral("p1"), this, done);
    }).secret.borrowed(),
            QByteArray("s3cret"));

    QVERIFY(answerOf([&](auto done) { store.remove(QStringLiteral("p1"), this, done); }).ok());
    QCOMPARE(answerOf([&](auto done) { keychain.read(QStringLiteral("p1"), this, done); }).status,
            SecretStore::Status::NotFound);
}

void TestSecretVault::sessionSecretIsReadFirstAndRemovedWithTheKeychainOne()
{
    MemorySecretStore keychain;
    SecretVault vault(&keychain);
    QVERIFY(answerOf([&](auto done) {
        keychain.write(QStringLiteral("p2"), SecretBytes("old"), this, done);
    }).ok());
    QVERIFY(answerOf([&](auto done) {
        vault.keepForThisRun(QStringLiteral("p2"), SecretBytes("for-now"), this, done);
    }).ok());
    QCOMPARE(answerOf([&](auto done) {
        vault.read(QStringLiteral("p2"), this, done);
    }).secret.borrowed(),
            QByteArray("for-now"));

    QVERIFY(answerOf([&](auto done) { vault.remove(QStringLiteral("p2"), this, done); }).ok());
    QCOMPARE(answerOf([&](auto done) { vault.read(QStringLiteral("p2"), this, done); }).status,
            SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretVault)
#include "TestSecretVault.moc"
