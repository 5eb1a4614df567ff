// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevServer.h"
#include "WellKnownLookup.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using registrar::devserver::DevServer;
using registrar::net::HttpTransport;
using registrar::net::WellKnownLookup;

class TestWellKnownLookup : public QObject
{
    Q_OBJECT

private slots:
    void loopbackNameResolvesOverPlainHttp();
    void noWellKnown();
    void notJson();
    void unreachableName();

private:
    std::pair<QUrl, QString> lookUp(const QString &serverName);
};

std::pair<QUrl, QString> TestWellKnownLookup::lookUp(const QString &serverName)
{
    QNetworkAccessManager manager;
    HttpTransport transport(&manager, {});
    WellKnownLookup lookup(&transport, serverName);
    QSignalSpy finished(&lookup, &WellKnownLookup::finished);
    lookup.start();
    if (!finished.wait(20000)) {
        return {};
    }
    return {finished.constFirst().at(0).toUrl(), finished.constFirst().at(1).toString()};
}

void TestWellKnownLookup::loopbackNameResolvesOverPlainHttp()
{
    DevServer server;
    QVERIFY(server.listen() != 0);
    const auto [url, error] = lookUp(QStringLiteral("localhost:%1").arg(server.baseUrl().port()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(url, server.baseUrl());
}

void TestWellKnownLookup::noWellKnown()
{
    DevServer server;
    server.setFault(DevServer::Fault::HtmlNotFound);
    QVERIFY(server.listen() != 0);
    const auto [url, error] = lookUp(QStringLiteral("127.0.0.1:%1").arg(server.baseUrl().port()));
    QVERIFY(!url.isValid());
    QVERIFY2(error.contains(QLatin1String("client URL yourself")), qPrintable(error));
}

void TestWellKnownLookup::notJson()
{
    DevServer server;
    server.setFault(DevServer::Fault::MalformedJson);
    QVERIFY(server.listen() != 0);
    const auto [url, error] = lookUp(QStringLiteral("localhost:%1").arg(server.baseUrl().port()));
    QVERIFY(!url.isValid());
    QVERIFY2(error.contains(QLatin1String("not a JSON object")), qPrintable(error));
}

void TestWellKnownLookup::unreachableName()
{
    const auto [url, error] = lookUp(QStringLiteral("registrar-test.invalid"));
    QVERIFY(!url.isValid());
    QVERIFY2(error.contains(QLatin1String("could not be resolved")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWellKnownLookup)
#include "TestWellKnownLookup.moc"
