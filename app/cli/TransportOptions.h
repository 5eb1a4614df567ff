// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace registrar::cli {

/*!
 * What every command shares: the options --timeout, --allow-insecure-http, --json, --pin-sha256
 * and --ca-file, and the
 * reading of the command line up to the settings and the server URL. Methods that return an
 * exit code have printed why the command ends there.
 */
class TransportOptions
{
public:
    TransportOptions();

    //! Adds the shared options and, when \a urlDescription is set, one server URL argument.
    void addTo(QCommandLineParser &parser, const QString &urlDescription = {}) const;
    //! Adds only --pin-sha256 and --ca-file, for commands that store trust rather than use it.
    void addTrustTo(QCommandLineParser &parser) const;

    //! Parses \a arguments; prints the help or the error when the command ends here.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments) const;

    /*!
     * For commands that take exactly one server URL: parses, then reads the settings and the
     * URL into \a settings and \a url.
     */
    std::optional<int> parseWithUrl(QCommandLineParser &parser, const QStringList &arguments,
            net::TransportSettings *settings, QUrl *url) const;

    //! Prints \a message as an error and returns the exit code for bad input.
    static int inputError(const QString &message);
    //! The settings, or nothing with \a error set when --timeout is not a positive number.
    std::optional<net::TransportSettings> settings(
            const QCommandLineParser &parser, QString *error) const;

    bool wantsJson(const QCommandLineParser &parser) const { return parser.isSet(m_json); }

    bool hasTrust(const QCommandLineParser &parser) const
    {
        return parser.isSet(m_pin) || parser.isSet(m_caFile);
    }

    //! Reads --pin-sha256 and --ca-file; false with \a error set when one is unusable.
    bool trust(const QCommandLineParser &parser, QByteArray *pin, QString *caFile,
            QString *error) const;

private:
    QCommandLineOption m_timeout;
    QCommandLineOption m_allowInsecureHttp;
    QCommandLineOption m_json;
    QCommandLineOption m_pin;
    QCommandLineOption m_caFile;
};

} // namespace registrar::cli
