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
    WellKnownLookup::Result lookUp(const QString &serverName);
};

WellKnownLookup::Result TestWellKnownLookup::lookUp(const QString &serverName)
{
    QNetworkAccessManager manager;
    HttpTransport transport(&manager, {});
    WellKnownLookup lookup(&transport, serverName);
    QSignalSpy finished(&lookup, &WellKnownLookup::finished);
    lookup.start();
    if (!finished.wait(20000)) {
        return {std::nullopt, WellKnownLookup::Failure::None, QStringLiteral("no answer")};
    }
    return finished.constFirst().constFirst().value<WellKnownLookup::Result>();
}

void TestWellKnownLookup::loopbackNameResolvesOverPlainHttp()
{
    DevServer server;
    QVERIFY(server.listen() != 0);
    const auto result = lookUp(QStringLiteral("localhost:%1").arg(server.baseUrl().port()));
    QVERIFY2(result.found(), qPrintable(result.problem));
    QCOMPARE(result.failure, WellKnownLookup::Failure::None);
    QCOMPARE(*result.clientUrl, server.baseUrl());
    QVERIFY(result.problem.isEmpty());
}

void TestWellKnownLookup::noWellKnown()
{
    DevServer server;
    server.setFault(DevServer::Fault::HtmlNotFound);
    QVERIFY(server.listen() != 0);
    const auto result = lookUp(QStringLiteral("127.0.0.1:%1").arg(server.baseUrl().port()));
    QVERIFY(!result.found());
    QCOMPARE(result.failure, WellKnownLookup::Failure::NotPublished);
    QVERIFY2(result.problem.contains(QLatin1String("client URL yourself")),
            qPrintable(result.problem));
}

void TestWellKnownLookup::notJson()
{
    DevServer server;
    server.setFault(DevServer::Fault::MalformedJson);
    QVERIFY(server.listen() != 0);
    const auto result = lookUp(QStringLiteral("localhost:%1").arg(server.baseUrl().port()));
    QVERIFY(!result.found());
    QCOMPARE(result.failure, WellKnownLookup::Failure::NotJson);
    QVERIFY2(result.problem.contains(QLatin1String("not a JSON object")),
            qPrintable(result.problem));
}

void TestWellKnownLookup::unreachableName()
{
    const auto result = lookUp(QStringLiteral("registrar-test.invalid"));
    QVERIFY(!result.found());
    QCOMPARE(result.failure, WellKnownLookup::Failure::Unreachable);
    QVERIFY2(result.problem.contains(QLatin1String("could not be resolved")),
            qPrintable(result.problem));
}

QTEST_GUILESS_MAIN(TestWellKnownLookup)
#include "TestWellKnownLookup.moc"
