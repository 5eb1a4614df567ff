// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTarget.h"

#include "ServerUrl.h"

namespace registrar::flows {

ServerTarget ServerTarget::fromProfile(const store::Profile &profile)
{
    ServerTarget target;
    target.clientUrl = profile.clientUrl;
    target.adminUrl = profile.effectiveAdminUrl();
    target.serverName = profile.serverName;
    target.allowInsecureHttp = profile.allowInsecureHttp;
    target.pinnedSha256 = profile.pinnedSha256;
    target.caFile = profile.caFile;
    target.mas = profile.mas;
    target.profileId = profile.id;
    target.profileName = profile.name;
    return target;
}

ServerTarget ServerTarget::fromUrl(
        const QUrl &url, const QString &serverName, bool allowInsecureHttp)
{
    ServerTarget target;
    target.clientUrl = url;
    target.adminUrl = url;
    target.serverName = serverName;
    target.allowInsecureHttp = allowInsecureHttp;
    return target;
}

namespace {

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool ServerTarget::hasTrustWithoutTls() const
{
    return (!pinnedSha256.isEmpty() || !caFile.isEmpty()) && !isHttps(clientUrl)
            && !isHttps(adminUrl);
}

net::TransportSettings ServerTarget::transportSettingsFor(const QUrl &url, int timeoutMs) const
{
    net::TransportSettings settings;
    settings.timeoutMs = timeoutMs;
    settings.allowInsecureHttp = allowInsecureHttp;
    if (isHttps(url) || (!isHttps(clientUrl) && !isHttps(adminUrl))) {
        // The pin is the homeserver's certificate; MAS on a host of its own has another.
        const QString host = core::ServerUrl::hostAndPort(url);
        const bool homeserverHost = host == core::ServerUrl::hostAndPort(clientUrl)
                || host == core::ServerUrl::hostAndPort(adminUrl);
        settings.pinnedSha256 = homeserverHost ? pinnedSha256 : QByteArray();
        settings.pinTrustedEarlier = pinTrustedEarlier;
        settings.caFile = caFile;
    }
    return settings;
}

} // namespace registrar::flows
