// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUrl.h"

namespace registrar::core {

QUrl ServerUrl::parse(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("no server URL was given");
        return {};
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        trimmed.prepend(QLatin1String("https://"));
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\u201c%1\u201d is not a valid URL").arg(text);
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = tr("\u201c%1\u201d is not an http:// or https:// URL").arg(text);
        return {};
    }
    if (url.hasQuery() || url.hasFragment()) {
        *error = tr("\u201c%1\u201d has a query or fragment; give the base URL only").arg(text);
        return {};
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path);
    url.setScheme(scheme);
    return url;
}

QUrl ServerUrl::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    return url;
}

QString ServerUrl::hostAndPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    return url.host() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

} // namespace registrar::core
