// SPDX-License-Identifier: GPL-3.0-or-later
#include "WellKnownLookup.h"

#include "ReplyParser.h"
#include "ServerUrl.h"

#include <QJsonObject>

namespace registrar::net {

WellKnownLookup::WellKnownLookup(
        HttpTransport *transport, const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_serverName(serverName.trimmed())
{ }

void WellKnownLookup::start()
{
    QUrl url;
    // The server name may carry a port ("localhost:8448").
    url.setScheme(QStringLiteral("https"));
    url.setAuthority(m_serverName);
    if (HttpTransport::isLoopbackHost(url.host())) {
        url.setScheme(QStringLiteral("http"));
    }
    url.setPath(QStringLiteral("/.well-known/matrix/client"));
    connect(m_transport->get(url), &HttpCall::finished, this, &WellKnownLookup::handleWellKnown);
}

void WellKnownLookup::fail(Failure failure, const QString &why)
{
    emit finished(Result{std::nullopt, failure, why});
}

void WellKnownLookup::handleWellKnown(const core::HttpResponse &response)
{
    if (response.failure == core::HttpResponse::Failure::None && response.status == 404) {
        fail(Failure::NotPublished,
                tr("%1 publishes no /.well-known/matrix/client; enter the client URL yourself.")
                        .arg(m_serverName));
        return;
    }
    if (response.failure != core::HttpResponse::Failure::None || response.status != 200) {
        fail(Failure::Unreachable, core::ReplyParser::errorFor(response).fullText());
        return;
    }
    const auto json = core::ReplyParser::jsonObject(response.body);
    if (!json) {
        fail(Failure::NotJson,
                tr("the .well-known file of %1 is not a JSON object").arg(m_serverName));
        return;
    }
    const QString baseUrl = json->value(QStringLiteral("m.homeserver"))
                                    .toObject()
                                    .value(QStringLiteral("base_url"))
                                    .toString();
    if (baseUrl.isEmpty()) {
        fail(Failure::NoBaseUrl,
                tr("the .well-known file of %1 names no m.homeserver base_url").arg(m_serverName));
        return;
    }
    QString error;
    m_candidate = core::ServerUrl::parse(baseUrl, &error);
    if (!m_candidate.isValid()) {
        fail(Failure::UnusableBaseUrl,
                tr("the .well-known base_url of %1 is not usable: %2").arg(m_serverName, error));
        return;
    }
    connect(m_transport->get(core::ServerUrl::endpoint(
                    m_candidate, QStringLiteral("/_matrix/client/versions"))),
            &HttpCall::finished, this, &WellKnownLookup::handleVersions);
}

void WellKnownLookup::handleVersions(const core::HttpResponse &response)
{
    const auto json =
            response.status == 200 ? core::ReplyParser::jsonObject(response.body) : std::nullopt;
    if (response.failure != core::HttpResponse::Failure::None || !json
            || !json->value(QStringLiteral("versions")).isArray()) {
        if (response.failure != core::HttpResponse::Failure::None) {
            fail(Failure::Unreachable, core::ReplyParser::errorFor(response).fullText());
        } else {
            fail(Failure::NotAMatrixServer,
                    tr("%1, named by the .well-known file, does not answer as a Matrix server.")
                            .arg(m_candidate.toString()));
        }
        return;
    }
    emit finished(Result{m_candidate, Failure::None, {}});
}

} // namespace registrar::net
