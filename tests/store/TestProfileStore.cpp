// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using registrar::core::MasAdminClient;
using registrar::store::Profile;
using registrar::store::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void addFindAndPersist();
    void namesAreUniqueWithoutRegardToCase();
    void updateRemoveMoveAndLastUsed();
    void exportAndImport();
    void importRejectsOtherFiles();
    void announcesEveryChange();
    void importsThousandsAtOnce();
    void masProfileJsonRoundTrip();
    void masUrlWithoutClientIdRoundTrip();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void masProfileSavedLoadedExportedImported();

private:
    std::unique_ptr<ProfileStore> open() const
    {
        return std::make_unique<ProfileStore>(std::make_unique<QSettings>(
                m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    }

    static Profile profile(const QString &name, const QString &url)
    {
        Profile p;
        p.name = name;
        p.clientUrl = QUrl(url);
        return p;
    }

    static Profile masProfile(const QString &name)
    {
        Profile p = profile(name, QStringLiteral("https://matrix.example.com"));
        p.mas.masUrl = QUrl(QStringLiteral("https://auth.example.com/mas"));
        p.mas.clientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
        p.mas.authMethod = MasAdminClient::AuthMethod::Post;
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::addFindAndPersist()
{
    QString error;
    {
        auto store = open();
        Profile home =
                profile(QStringLiteral("Home"), QStringLiteral("https://matrix.example.com"));
        home.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:8008"));
        home.serverName = QStringLiteral("example.com");
        home.allowInsecureHttp = true;
        home.defaultAdmin = true;
        home.defaultUserType = QStringLiteral("bot");
        home.defaultPasswordLength = 32;
        home.defaultSignIn = false;
        home.notes = QStringLiteral("the family server");
        home.pinnedSha256 = QByteArray(32, '\x5a');
        home.caFile = QStringLiteral("/etc/ssl/family-ca.pem");
        QVERIFY2(store->add(home, &error), qPrintable(error));
        QVERIFY(!home.id.isEmpty());
    }
    auto store = open();
    QCOMPARE(store->profiles().size(), 1);
    const Profile home = *store->findByName(QStringLiteral("home"));
    QCOMPARE(home.name, QStringLiteral("Home"));
    QCOMPARE(home.clientUrl, QUrl(QStringLiteral("https://matrix.example.com")));
    QCOMPARE(home.effectiveAdminUrl(), QUrl(QStringLiteral("http://127.0.0.1:8008")));
    QCOMPARE(home.serverName, QStringLiteral("example.com"));
    QVERIFY(home.allowInsecureHttp);
    QVERIFY(home.defaultAdmin);
    QCOMPARE(home.defaultUserType, QStringLiteral("bot"));
    QCOMPARE(home.defaultPasswordLength, 32);
    QVERIFY(!home.defaultSignIn);
    QCOMPARE(home.notes, QStringLiteral("the family server"));
    QCOMPARE(home.pinnedSha256, QByteArray(32, '\x5a'));
    QCOMPARE(home.caFile, QStringLiteral("/etc/ssl/family-ca.pem"));
    QCOMPARE(store->find(home.id)->name, QStringLiteral("Home"));

    QSettings raw(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("schema_version")).toInt(), ProfileStore::kSchemaVersion);
}

void TestProfileStore::namesAreUniqueWithoutRegardToCase()
{
    auto store = open();
    QString error;
    Profile first = profile(QStringLiteral("Work"), QStringLiteral("https://a.example"));
    QVERIFY(store->add(first, &error));
    Profile second = profile(QStringLiteral("  WORK "), QStringLiteral("https://b.example"));
    QVERIFY(!store->add(second, &error));
    QVERIFY(error.contains(QLatin1String("WORK")));
    Profile third = profile(QStringLiteral("Other"), QStringLiteral("https://c.example"));
    QVERIFY(store->add(third, &error));
    third.name = QStringLiteral("work");
    QVERIFY(!store->update(third, &error));
    Profile unnamed = profile(QStringLiteral(" "), QStringLiteral("https://d.example"));
    QVERIFY(!store->add(unnamed, &error));
}

void TestProfileStore::updateRemoveMoveAndLastUsed()
{
    auto store = open();
    QString error;
    Profile a = profile(QStringLiteral("A"), QStringLiteral("https://a.example"));
    Profile b = profile(QStringLiteral("B"), QStringLiteral("https://b.example"));
    Profile c = profile(QStringLiteral("C"), QStringLiteral("https://c.example"));
    QVERIFY(store->add(a, &error) && store->add(b, &error) && store->add(c, &error));
    QVERIFY(store->move(c.id, 0));
    QVERIFY(store->move(a.id, 5));
    b.name = QStringLiteral("Bee");
    QVERIFY(store->update(b, &error));
    store->setLastUsedId(b.id);
    store.reset();

    store = open();
    QStringList names;
    for (const Profile &p : store->profiles()) {
        names.append(p.name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("C"), QStringLiteral("Bee"), QStringLiteral("A")}));
    QCOMPARE(store->lastUsedId(), b.id);
    QVERIFY(store->remove(b.id));
    QVERIFY(!store->remove(b.id));
    QVERIFY(store->lastUsedId().isEmpty());
    QCOMPARE(store->profiles().size(), 2);
}

void TestProfileStore::exportAndImport()
{
    auto store = open();
    QString error;
    Profile a = profile(QStringLiteral("Alpha"), QStringLiteral("https://a.example"));
    a.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:8008"));
    Profile b = profile(QStringLiteral("Beta"), QStringLiteral("https://b.example"));
    QVERIFY(store->add(a, &error) && store->add(b, &error));
    const QByteArray exported = store->exportJson();
    const QJsonObject document = QJsonDocument::fromJson(exported).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
            QStringLiteral("synapse-registrar-profiles"));
    QCOMPARE(document.value(QStringLiteral("profiles")).toArray().size(), 2);
    for (const QJsonValue &value : document.value(QStringLiteral("profiles")).toArray()) {
        for (const QString &key : value.toObject().keys()) {
            QVERIFY2(!key.contains(QLatin1String("secret")), qPrintable(key));
        }
    }
    QCOMPARE(QJsonDocument::fromJson(store->exportJson({a.id}))
                     .object()
                     .value(QStringLiteral("profiles"))
                     .toArray()
                     .size(),
            1);

    QTemporaryDir other;
    ProfileStore elsewhere(std::make_unique<QSettings>(
            other.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Profile local = profile(QStringLiteral("beta"), QStringLiteral("https://local.example"));
    QVERIFY(elsewhere.add(local, &error));
    QStringList skipped;
    const auto added = elsewhere.importJson(exported, &skipped, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(*added, QStringList{QStringLiteral("Alpha")});
    QCOMPARE(skipped.size(), 1);
    QVERIFY(skipped.constFirst().contains(QLatin1String("Beta")));
    QCOMPARE(elsewhere.findByName(QStringLiteral("alpha"))->effectiveAdminUrl(),
            QUrl(QStringLiteral("http://127.0.0.1:8008")));
}

void TestProfileStore::importRejectsOtherFiles()
{
    auto store = open();
    QStringList skipped;
    QString error;
    QVERIFY(!store->importJson("{not json", &skipped, &error));
    QVERIFY(error.contains(QLatin1String("not valid JSON")));
    QVERIFY(!store->importJson(R"({"profiles": []})", &skipped, &error));
    QVERIFY(error.contains(QLatin1String("not a profile export")));
    const auto added = store->importJson(
            R"({"format":"synapse-registrar-profiles","profiles":[{"name":"x","client_url":"ftp://x"}]})",
            &skipped, &error);
    QVERIFY(added && added->isEmpty());
    QVERIFY(skipped.constFirst().contains(QLatin1String("client URL")));
}

void TestProfileStore::announcesEveryChange()
{
    auto store = open();
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    QStringList namesSeen; // what a listener reads when told
    connect(store.get(), &ProfileStore::profilesChanged, this, [&] {
        QStringList names;
        for (const Profile &p : store->profiles()) {
            names.append(p.name);
        }
        namesSeen.append(names.join(QLatin1Char(',')));
    });
    QString error;
    Profile a = profile(QStringLiteral("A"), QStringLiteral("https://a.example"));
    Profile b = profile(QStringLiteral("B"), QStringLiteral("https://b.example"));
    QVERIFY(store->add(a, &error) && store->add(b, &error));
    QCOMPARE(changed.count(), 2);
    Profile taken = profile(QStringLiteral("a"), QStringLiteral("https://c.example"));
    QVERIFY(!store->add(taken, &error));
    QCOMPARE(changed.count(), 2);

    a.name = QStringLiteral("Ay");
    QVERIFY(store->update(a, &error));
    QCOMPARE(changed.count(), 3);
    b.name = QStringLiteral("ay");
    QVERIFY(!store->update(b, &error));
    QCOMPARE(changed.count(), 3);

    QVERIFY(store->move(b.id, 0));
    QCOMPARE(changed.count(), 4);
    store->setLastUsedId(b.id); // not a change of the profiles
    QCOMPARE(changed.count(), 4);

    QVERIFY(store->remove(a.id));
    QCOMPARE(changed.count(), 5);
    QVERIFY(!store->remove(a.id));
    QCOMPARE(changed.count(), 5);

    QStringList skipped;
    const QByteArray export2 =
            R"({"format":"synapse-registrar-profiles","profiles":[{"name":"C","client_url":"https://c.example"},{"name":"D","client_url":"https://d.example"}]})";
    QVERIFY(store->importJson(export2, &skipped, &error));
    QCOMPARE(changed.count(), 6); // once for the whole import
    QVERIFY(store->importJson(export2, &skipped, &error)->isEmpty()); // both names taken now
    QVERIFY(!store->importJson("{not json", &skipped, &error));
    QCOMPARE(changed.count(), 6);

    QCOMPARE(namesSeen,
            (QStringList{QStringLiteral("A"), QStringLiteral("A,B"), QStringLiteral("Ay,B"),
                    QStringLiteral("B,Ay"), QStringLiteral("B"), QStringLiteral("B,C,D")}));
}

void TestProfileStore::importsThousandsAtOnce()
{
    // Two thousand profiles arrive whole, announced once, and read back from disk.
    QJsonArray profiles;
    for (int i = 0; i < 2000; ++i) {
        profiles.append(profile(QStringLiteral("Server %1").arg(i),
                QStringLiteral("https://matrix%1.example.org").arg(i))
                                .toJson());
    }
    const QByteArray json = QJsonDocument(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("synapse-registrar-profiles")},
                    {QStringLiteral("profiles"), profiles}})
                                    .toJson();
    const auto store = open();
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    QStringList skipped;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const std::optional<QStringList> added = store->importJson(json, &skipped, &error);
    qInfo("imported 2000 profiles in %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 2000);
    QVERIFY(skipped.isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(open()->profiles().size(), 2000);
}

void TestProfileStore::masProfileJsonRoundTrip()
{
    Profile original = masProfile(QStringLiteral("Element"));
    original.id = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    QVERIFY(original.isMas());
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value(QStringLiteral("mas_url")).toString(),
            QStringLiteral("https://auth.example.com/mas"));
    QCOMPARE(json.value(QStringLiteral("mas_client_id")).toString(),
            QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2"));
    QCOMPARE(json.value(QStringLiteral("mas_client_auth")).toString(), QStringLiteral("post"));
    for (const QString &key : json.keys()) {
        QVERIFY2(!key.contains(QLatin1String("secret")), qPrintable(key));
    }

    QString error;
    const std::optional<Profile> back = Profile::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->isMas());
    QCOMPARE(back->id, original.id);
    QCOMPARE(back->mas.masUrl, original.mas.masUrl);
    QCOMPARE(back->mas.clientId, original.mas.clientId);
    QCOMPARE(back->mas.authMethod, MasAdminClient::AuthMethod::Post);
    QCOMPARE(back->toJson(), json);

    // MAS's own names of the methods are read too; what is written is the CLI's.
    QJsonObject named = json;
    named.insert(QStringLiteral("mas_client_auth"), QStringLiteral("client_secret_basic"));
    QCOMPARE(Profile::fromJson(named, &error)->mas.authMethod, MasAdminClient::AuthMethod::Basic);
    // A profile written before MAS profiles existed, or without the method, is basic: MAS's
    // default. A trailing slash of the MAS URL goes, as the client URL's does.
    named.remove(QStringLiteral("mas_client_auth"));
    named.insert(QStringLiteral("mas_url"), QStringLiteral("https://auth.example.com/mas/"));
    const std::optional<Profile> defaulted = Profile::fromJson(named, &error);
    QVERIFY2(defaulted, qPrintable(error));
    QCOMPARE(defaulted->mas.authMethod, MasAdminClient::AuthMethod::Basic);
    QCOMPARE(defaulted->mas.masUrl, QUrl(QStringLiteral("https://auth.example.com/mas")));
    named.insert(QStringLiteral("mas_client_auth"), QString());
    QVERIFY2(Profile::fromJson(named, &error), qPrintable(error));

    // A shared-secret profile stays one.
    const std::optional<Profile> plain = Profile::fromJson(
            profile(QStringLiteral("Plain"), QStringLiteral("https://a.example")).toJson(), &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY(!plain->isMas());
    QVERIFY(plain->mas.masUrl.isEmpty());
}

void TestProfileStore::masUrlWithoutClientIdRoundTrip()
{
    // The MAS URL a check found is kept before an admin client is entered, and the method with it.
    Profile found = profile(QStringLiteral("Found"), QStringLiteral("https://matrix.example.com"));
    found.mas.masUrl = QUrl(QStringLiteral("https://auth.example.com"));
    found.mas.authMethod = MasAdminClient::AuthMethod::Post;
    QVERIFY(!found.isMas());
    QString error;
    const std::optional<Profile> back = Profile::fromJson(found.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(!back->isMas());
    QCOMPARE(back->mas.masUrl, found.mas.masUrl);
    QCOMPARE(back->mas.authMethod, MasAdminClient::AuthMethod::Post);
    QCOMPARE(back->toJson(), found.toJson());
}

void TestProfileStore::fromJsonErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: the key is left out
    QTest::addColumn<QString>("says");
    QTest::newRow("no name") << "name" << QJsonValue(QJsonValue::Undefined) << "has no name";
    QTest::newRow("blank name") << "name" << QJsonValue(QStringLiteral("  ")) << "has no name";
    QTest::newRow("no client URL")
            << "client_url" << QJsonValue(QJsonValue::Undefined) << "no usable client URL";
    QTest::newRow("ftp client URL")
            << "client_url" << QJsonValue(QStringLiteral("ftp://m.example.com"))
            << "no usable client URL";
    QTest::newRow("bad admin URL")
            << "admin_url" << QJsonValue(QStringLiteral("ftp://x")) << "unusable admin URL";
    QTest::newRow("bad fingerprint") << "pin_sha256" << QJsonValue(QStringLiteral("ab:cd"))
                                     << "unusable certificate fingerprint";
    QTest::newRow("client ID not a ULID")
            << "mas_client_id" << QJsonValue(QStringLiteral("admin-client"))
            << "is not a MAS client ID";
    QTest::newRow("client ID lower case")
            << "mas_client_id" << QJsonValue(QStringLiteral("01jbx3q7r5m2n8p4t6v9w0y1z2"))
            << "is not a MAS client ID";
    QTest::newRow("no MAS URL") << "mas_url" << QJsonValue(QJsonValue::Undefined)
                                << "MAS client but no MAS URL";
    QTest::newRow("empty MAS URL")
            << "mas_url" << QJsonValue(QString()) << "MAS client but no MAS URL";
    QTest::newRow("bad MAS URL") << "mas_url" << QJsonValue(QStringLiteral("ftp://auth.example"))
                                 << "unusable MAS URL";
    QTest::newRow("unknown auth method")
            << "mas_client_auth" << QJsonValue(QStringLiteral("private_key_jwt"))
            << "unknown MAS client authentication method";
}

void TestProfileStore::fromJsonErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, says);
    QJsonObject json = masProfile(QStringLiteral("Broken")).toJson();
    QString error;
    QVERIFY2(Profile::fromJson(json, &error), qPrintable(error)); // the unbroken one reads
    if (value.isUndefined()) {
        json.remove(key);
    } else {
        json.insert(key, value);
    }
    QVERIFY(!Profile::fromJson(json, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    if (key != QLatin1String("name")) {
        QVERIFY2(error.contains(QLatin1String("Broken")), qPrintable(error)); // which profile
    }
}

void TestProfileStore::masProfileSavedLoadedExportedImported()
{
    // The client secret lives in a secret store under the profile's ID; it must not reach the
    // settings or an export, whatever the profile holds.
    const QByteArray clientSecret = "mas-Client-Secret-0123456789";
    QString error;
    QString id;
    {
        auto store = open();
        Profile mas = masProfile(QStringLiteral("Element"));
        QVERIFY2(store->add(mas, &error), qPrintable(error));
        id = mas.id;
        Profile plain = profile(QStringLiteral("Plain"), QStringLiteral("https://a.example"));
        QVERIFY(store->add(plain, &error));
    }
    auto store = open();
    QCOMPARE(store->profiles().size(), 2);
    const Profile loaded = *store->find(id);
    QVERIFY(loaded.isMas());
    QCOMPARE(loaded.mas.masUrl, QUrl(QStringLiteral("https://auth.example.com/mas")));
    QCOMPARE(loaded.mas.clientId, QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2"));
    QCOMPARE(loaded.mas.authMethod, MasAdminClient::AuthMethod::Post);
    QVERIFY(!store->findByName(QStringLiteral("plain"))->isMas());

    // Updated to the other method and back to basic, it is saved as such.
    Profile changed = loaded;
    changed.mas.authMethod = MasAdminClient::AuthMethod::Basic;
    QVERIFY(store->update(changed, &error));
    QCOMPARE(open()->find(id)->mas.authMethod, MasAdminClient::AuthMethod::Basic);

    QFile settings(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = settings.readAll();
    QVERIFY(settingsBytes.contains("01JBX3Q7R5M2N8P4T6V9W0Y1Z2"));
    QVERIFY(!settingsBytes.contains(clientSecret));
    QVERIFY(!settingsBytes.contains("client_secret"));

    const QByteArray exported = store->exportJson({id});
    QVERIFY(!exported.contains(clientSecret));
    QVERIFY(!exported.contains("client_secret"));
    const QJsonArray profiles =
            QJsonDocument::fromJson(exported).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().toObject().value(QStringLiteral("mas_client_id")).toString(),
            QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2"));

    QTemporaryDir other;
    ProfileStore elsewhere(std::make_unique<QSettings>(
            other.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    QStringList skipped;
    const auto added = elsewhere.importJson(exported, &skipped, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(*added, QStringList{QStringLiteral("Element")});
    QVERIFY(skipped.isEmpty());
    const Profile imported = *elsewhere.findByName(QStringLiteral("element"));
    QVERIFY(imported.isMas());
    QCOMPARE(imported.mas.masUrl, QUrl(QStringLiteral("https://auth.example.com/mas")));
    QCOMPARE(imported.mas.clientId, QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2"));
    QCOMPARE(imported.mas.authMethod, MasAdminClient::AuthMethod::Basic);

    // An export with a broken MAS profile adds the others and names the broken one.
    QJsonObject broken = masProfile(QStringLiteral("Broken")).toJson();
    broken.insert(QStringLiteral("mas_client_auth"), QStringLiteral("private_key_jwt"));
    const QByteArray mixed = QJsonDocument(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("synapse-registrar-profiles")},
                    {QStringLiteral("profiles"),
                            QJsonArray{broken, masProfile(QStringLiteral("Fine")).toJson()}}})
                                     .toJson();
    skipped.clear();
    QCOMPARE(*elsewhere.importJson(mixed, &skipped, &error), QStringList{QStringLiteral("Fine")});
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.constFirst().contains(QLatin1String("Broken")),
            qPrintable(skipped.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
