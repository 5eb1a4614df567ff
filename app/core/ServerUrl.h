// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUrl>

namespace registrar::core {

//! Base URLs of a homeserver as admins type them, and the endpoint URLs built on them.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)

public:
    /*!
     * Reads a base URL: "https://matrix.example.com", "http://127.0.0.1:8008/" or a bare host
     * (then https). Trailing slashes are removed. Returns an invalid URL and sets \a error when
     * the text is not an http(s) URL without query or fragment.
     */
    static QUrl parse(const QString &text, QString *error);

    //! \a base with \a path ("/_synapse/admin/v1/register") appended.
    static QUrl endpoint(const QUrl &base, const QString &path);

    //! "host:port" for messages.
    static QString hostAndPort(const QUrl &url);
};

} // namespace registrar::core
