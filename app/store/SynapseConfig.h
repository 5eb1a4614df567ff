// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace registrar::store {

/*!
 * What the registrar needs from Synapse's homeserver.yaml: the server name, the public base
 * URL, the listeners and the registration shared secret, read the way Synapse reads them.
 * Several files are merged as Synapse merges them (top-level keys, later files win; a directory
 * contributes its *.yaml files in name order), and of duplicate keys in one file the last wins,
 * as with Synapse's YAML loader (yaml-cpp alone would keep the first).
 */
class SynapseConfig
{
    Q_DECLARE_TR_FUNCTIONS(SynapseConfig)

public:
    struct Listener
    {
        int port = 0; //!< 0 for a Unix-socket listener (it has "path" instead)
        bool tls = false;
        QString type;
        QStringList resources;
        QStringList bindAddresses;
    };

    enum class SecretSource { None, Inline, File };

    QString serverName;
    QString publicBaseUrl;
    QList<Listener> listeners;
    SecretSource secretSource = SecretSource::None;
    QString secretPath; //!< registration_shared_secret_path, when that is the source

    //! Reads and merges \a paths (files or directories) in order. Sets \a error on failure.
    static std::optional<SynapseConfig> load(const QStringList &paths, QString *error);
    //! Reads one YAML document; \a origin names it in messages.
    static std::optional<SynapseConfig> parse(
            const QByteArray &yaml, const QString &origin, QString *error);

    /*!
     * The shared secret: registration_shared_secret exactly as YAML yields it, or the file of
     * registration_shared_secret_path stripped of surrounding whitespace, as Synapse does.
     * Empty with \a error set when there is none or it cannot be read.
     */
    core::SecretBytes sharedSecret(QString *error) const;

    /*!
     * The client URL Synapse's own tool would use: the first plain-HTTP listener with the
     * "client" resource, as http://localhost:PORT. Invalid when there is none.
     */
    QUrl localClientUrl() const;

    /*!
     * A secret file's contents without surrounding whitespace; empty with \a error set on failure,
     * also when it is not UTF-8.
     */
    static core::SecretBytes readSecretFile(const QString &path, QString *error);

    core::SecretBytes inlineSecret; //!< registration_shared_secret, when that is the source
    QString secretProblem; //!< why there is no usable secret source, when there is none
};

} // namespace registrar::store
