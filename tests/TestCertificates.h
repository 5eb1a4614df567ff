// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificates for the TLS tests, made at test time by openssl in a directory: self-signed
// "first" and "second", a CA "ca", and "signed" (signed by that CA), each NAME.pem and NAME.key,
// all valid for 127.0.0.1 and localhost.

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace registrar::test {

inline bool openssl(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                process.readAllStandardError().constData());
        return false;
    }
    return true;
}

inline bool makeTestCertificates(const QString &directory)
{
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes")};
    const QString san = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
    for (const char *name : {"first", "second"}) {
        if (!openssl(directory,
                    QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                            + QStringList{QStringLiteral("-keyout"),
                                    QLatin1String(name) + QStringLiteral(".key"),
                                    QStringLiteral("-out"),
                                    QLatin1String(name) + QStringLiteral(".pem"),
                                    QStringLiteral("-days"), QStringLiteral("2"),
                                    QStringLiteral("-subj"),
                                    QStringLiteral("/CN=registrar-test-") + QLatin1String(name),
                                    QStringLiteral("-addext"), san})) {
            return false;
        }
    }
    QFile extensions(directory + QStringLiteral("/san.ext"));
    if (!extensions.open(QIODevice::WriteOnly)) {
        return false;
    }
    extensions.write(san.toUtf8() + "\n");
    extensions.close();
    return openssl(directory,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                           + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                   QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                   QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=Registrar Test CA"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
            && openssl(directory,
                    QStringList{QStringLiteral("req")} + ec
                            + QStringList{QStringLiteral("-keyout"), QStringLiteral("signed.key"),
                                    QStringLiteral("-out"), QStringLiteral("signed.csr"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
            && openssl(directory,
                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            QStringLiteral("signed.csr"), QStringLiteral("-CA"),
                            QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                            QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                            QStringLiteral("-out"), QStringLiteral("signed.pem"),
                            QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-extfile"), QStringLiteral("san.ext")});
}

} // namespace registrar::test
