// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasAdminClient.h"

#include <QRegularExpression>

namespace registrar::core {

QString MasAdminClient::authMethodName(AuthMethod method)
{
    return method == AuthMethod::Post ? QStringLiteral("post") : QStringLiteral("basic");
}

std::optional<MasAdminClient::AuthMethod> MasAdminClient::authMethodFromName(const QString &name)
{
    const QString bare = name.trimmed().toLower();
    if (bare == QLatin1String("basic") || bare == QLatin1String("client_secret_basic")) {
        return AuthMethod::Basic;
    }
    if (bare == QLatin1String("post") || bare == QLatin1String("client_secret_post")) {
        return AuthMethod::Post;
    }
    return std::nullopt;
}

bool MasAdminClient::isUlid(const QString &text)
{
    static const QRegularExpression ulid(
            QStringLiteral("\\A[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}\\z"));
    return ulid.match(text).hasMatch();
}

QString MasAdminClient::clientIdProblem(const QString &clientId)
{
    if (clientId.isEmpty()) {
        return tr("The MAS client ID is empty.");
    }
    if (!isUlid(clientId)) {
        return tr("\u201c%1\u201d is not a MAS client ID: MAS client IDs are 26 characters of "
                  "0\u2013"
                  "9 and A\u2013Z without I, L, O and U, as in clients: in MAS's "
                  "configuration.")
                .arg(clientId);
    }
    return {};
}

static QUrl underMas(const QUrl &masUrl, const QString &path)
{
    QUrl url = masUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl MasAdminClient::tokenEndpoint() const
{
    return underMas(masUrl, QStringLiteral("/oauth2/token"));
}

QUrl MasAdminClient::adminApi(const QString &path) const
{
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    QUrl url = underMas(masUrl, QStringLiteral("/api/admin/v1/") + path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    }
    return url;
}

} // namespace registrar::core
