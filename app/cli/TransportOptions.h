// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace registrar::cli {

//! The network options every command shares: --timeout, --allow-insecure-http, --json.
class TransportOptions
{
public:
    TransportOptions();

    void addTo(QCommandLineParser &parser) const;
    //! The settings, or nothing with \a error set when --timeout is not a positive number.
    std::optional<net::TransportSettings> settings(
            const QCommandLineParser &parser, QString *error) const;

    bool wantsJson(const QCommandLineParser &parser) const { return parser.isSet(m_json); }

private:
    QCommandLineOption m_timeout;
    QCommandLineOption m_allowInsecureHttp;
    QCommandLineOption m_json;
};

} // namespace registrar::cli
