// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUrl.h"

#include <QTest>

using registrar::core::ServerUrl;

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void endpoint();
};

void TestServerUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https") << "https://matrix.example.com"
                           << "https://matrix.example.com";
    QTest::newRow("trailing slash") << "http://127.0.0.1:8008/"
                                    << "http://127.0.0.1:8008";
    QTest::newRow("several slashes") << "http://localhost:8008///"
                                     << "http://localhost:8008";
    QTest::newRow("bare host means https") << "matrix.example.com"
                                           << "https://matrix.example.com";
    QTest::newRow("bare host and port") << "matrix.example.com:8448"
                                        << "https://matrix.example.com:8448";
    QTest::newRow("path prefix kept") << "https://example.com/synapse/"
                                      << "https://example.com/synapse";
    QTest::newRow("scheme case") << "HTTPS://matrix.example.com"
                                 << "https://matrix.example.com";
    QTest::newRow("IPv6") << "http://[::1]:8008"
                          << "http://[::1]:8008";
    QTest::newRow("spaces around") << "  https://m.example.com  "
                                   << "https://m.example.com";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("ftp") << "ftp://example.com"
                         << "";
    QTest::newRow("query") << "https://example.com/?x=1"
                           << "";
    QTest::newRow("fragment") << "https://example.com/#x"
                              << "";
    QTest::newRow("no host") << "https://"
                             << "";
}

void TestServerUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = ServerUrl::parse(text, &error);
    QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestServerUrl::endpoint()
{
    QCOMPARE(ServerUrl::endpoint(QUrl(QStringLiteral("https://example.com/synapse/")),
                     QStringLiteral("/_synapse/admin/v1/register"))
                     .toString(),
            QStringLiteral("https://example.com/synapse/_synapse/admin/v1/register"));
    QCOMPARE(ServerUrl::endpoint(QUrl(QStringLiteral("http://127.0.0.1:8008")),
                     QStringLiteral("/_matrix/client/versions"))
                     .toString(),
            QStringLiteral("http://127.0.0.1:8008/_matrix/client/versions"));
    QCOMPARE(ServerUrl::hostAndPort(QUrl(QStringLiteral("https://example.com"))),
            QStringLiteral("example.com:443"));
}

QTEST_APPLESS_MAIN(TestServerUrl)
#include "TestServerUrl.moc"
