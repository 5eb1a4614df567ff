// SPDX-License-Identifier: GPL-3.0-or-later
#include "SynapseConfig.h"

#include "BoundedRead.h"
#include "Log.h"
#include "SecretFileText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace registrar::store {

namespace {

using TopLevel = QMap<QString, YAML::Node>;

/*!
 * YAML 1.1 implicit types, which Synapse's loader applies to plain (unquoted) scalars: such a
 * secret becomes a number or a boolean, and Synapse then fails with a 500 or refuses it.
 */
bool isNonStringPlainScalar(const YAML::Node &node)
{
    if (!node.IsScalar() || node.Tag() != "?") {
        return false;
    }
    static const QRegularExpression nonString(QStringLiteral(
            "^(?:"
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
            "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
            "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
            "|[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?"
            "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|"
            "NAN)"
            ")$"));
    return nonString.match(QString::fromStdString(node.Scalar())).hasMatch();
}

bool isSet(const TopLevel &top, const char *key)
{
    const auto it = top.constFind(QLatin1String(key));
    return it != top.constEnd() && !it->IsNull();
}

QString scalarText(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isTruthy(const YAML::Node &node)
{
    if (!node || node.IsNull()) {
        return false;
    }
    if (!node.IsScalar()) {
        return node.size() > 0;
    }
    static const QRegularExpression falsy(
            QStringLiteral("^(?:no|No|NO|false|False|FALSE|off|Off|OFF|0|)$"));
    return !falsy.match(scalarText(node)).hasMatch();
}

bool readFile(const QString &path, qint64 maxBytes, QByteArray *contents, QString *error)
{
    QFile file(path);
    QString reason;
    std::optional<QByteArray> read;
    if (file.open(QIODevice::ReadOnly)) {
        read = core::BoundedRead::readAll(&file, maxBytes, &reason);
    } else {
        reason = file.errorString();
    }
    if (!read) {
        *error = SynapseConfig::tr("Error accessing file %1: %2").arg(path, reason);
        return false;
    }
    *contents = std::move(*read);
    return true;
}

bool isMergeKey(const YAML::Node &key)
{
    return key.IsScalar() && key.Scalar() == "<<" && key.Tag() != "!";
}

/*!
 * \a node with YAML 1.1 merge keys applied, as PyYAML's safe loader (Synapse's) applies them and
 * yaml-cpp does not: "<<: *base" (or a list of them) adds the keys of those mappings that the
 * mapping itself lacks, earlier mappings of the list first.
 */
YAML::Node withMergesApplied(const YAML::Node &node)
{
    if (node.IsSequence()) {
        YAML::Node resolved(YAML::NodeType::Sequence);
        for (const YAML::Node &item : node) {
            resolved.push_back(withMergesApplied(item));
        }
        resolved.SetTag(node.Tag());
        return resolved;
    }
    if (!node.IsMap()) {
        return node;
    }
    YAML::Node resolved(YAML::NodeType::Map);
    QList<YAML::Node> merged;
    QSet<QString> ownKeys;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (isMergeKey(it->first)) {
            if (it->second.IsSequence()) {
                for (const YAML::Node &source : it->second) {
                    merged.append(withMergesApplied(source));
                }
            } else {
                merged.append(withMergesApplied(it->second));
            }
            continue;
        }
        ownKeys.insert(QString::fromStdString(it->first.as<std::string>()));
        resolved.force_insert(it->first, withMergesApplied(it->second));
    }
    for (const YAML::Node &source : std::as_const(merged)) {
        if (!source.IsMap()) {
            throw YAML::RepresentationException(
                    source.Mark(), "a merge key (<<) takes a mapping or a list of mappings");
        }
        for (auto it = source.begin(); it != source.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>());
            if (!ownKeys.contains(key)) {
                ownKeys.insert(key);
                resolved.force_insert(it->first, it->second);
            }
        }
    }
    resolved.SetTag(node.Tag());
    return resolved;
}

bool mergeDocument(const QByteArray &yaml, const QString &origin, TopLevel *top, QString *error)
{
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(yaml.toStdString());
        if (documents.size() > 1) {
            // PyYAML's safe_load, as Synapse reads its configuration, refuses this too.
            *error = SynapseConfig::tr("%1 holds %2 YAML documents; Synapse reads a configuration "
                                       "file of exactly one.")
                             .arg(origin)
                             .arg(documents.size());
            return false;
        }
        if (documents.empty()) {
            return true;
        }
        const YAML::Node root = withMergesApplied(documents.front());
        if (!root || root.IsNull()) {
            return true;
        }
        if (!root.IsMap()) {
            *error = SynapseConfig::tr("%1 is not a YAML mapping of settings.").arg(origin);
            return false;
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            // Erase first: assigning over a YAML::Node would rewrite the earlier node itself.
            const QString key = QString::fromStdString(it->first.as<std::string>());
            top->remove(key);
            top->insert(key, it->second);
        }
        return true;
    } catch (const YAML::Exception &exception) {
        *error = SynapseConfig::tr("%1 is not valid YAML: %2 (line %3, column %4).")
                         .arg(origin, QString::fromStdString(exception.msg))
                         .arg(exception.mark.line + 1)
                         .arg(exception.mark.column + 1);
        return false;
    }
}

QList<SynapseConfig::Listener> readListeners(const YAML::Node &node)
{
    QList<SynapseConfig::Listener> listeners;
    if (!node || !node.IsSequence()) {
        return listeners;
    }
    for (const YAML::Node &entry : node) {
        if (!entry.IsMap()) {
            continue;
        }
        SynapseConfig::Listener listener;
        listener.port = scalarText(entry["port"]).toInt();
        listener.tls = isTruthy(entry["tls"]);
        listener.type = scalarText(entry["type"]);
        const YAML::Node binds = entry["bind_addresses"];
        if (binds && binds.IsSequence()) {
            for (const YAML::Node &bind : binds) {
                listener.bindAddresses.append(scalarText(bind));
            }
        }
        const YAML::Node resources = entry["resources"];
        if (resources && resources.IsSequence()) {
            for (const YAML::Node &resource : resources) {
                const YAML::Node names = resource.IsMap() ? resource["names"] : YAML::Node();
                if (names && names.IsSequence()) {
                    for (const YAML::Node &name : names) {
                        listener.resources.append(scalarText(name));
                    }
                }
            }
        }
        listeners.append(listener);
    }
    return listeners;
}

std::optional<SynapseConfig> interpret(const TopLevel &top, QString *error)
{
    SynapseConfig config;
    try {
        config.serverName = scalarText(top.value(QStringLiteral("server_name")));
        config.publicBaseUrl = scalarText(top.value(QStringLiteral("public_baseurl")));
        config.listeners = readListeners(top.value(QStringLiteral("listeners")));
    } catch (const YAML::Exception &exception) {
        *error = SynapseConfig::tr("The configuration cannot be read: %1")
                         .arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
    const bool hasInline = isSet(top, "registration_shared_secret");
    const bool hasPath = isSet(top, "registration_shared_secret_path");
    if (hasInline && hasPath) {
        config.secretProblem = SynapseConfig::tr(
                "Conflicting options 'registration_shared_secret' and "
                "'registration_shared_secret_path' are both defined in config file.");
    } else if (hasInline) {
        const YAML::Node secret = top.value(QStringLiteral("registration_shared_secret"));
        if (!secret.IsScalar() || isNonStringPlainScalar(secret)) {
            config.secretProblem = SynapseConfig::tr(
                    "registration_shared_secret is not a string: YAML reads the unquoted "
                    "value as a number or a boolean, and Synapse fails on it. Put the "
                    "secret in quotes in homeserver.yaml and restart Synapse.");
        } else {
            config.secretSource = SynapseConfig::SecretSource::Inline;
            config.inlineSecret = core::SecretBytes(QByteArrayView(secret.Scalar()));
        }
    } else if (hasPath) {
        config.secretSource = SynapseConfig::SecretSource::File;
        config.secretPath =
                scalarText(top.value(QStringLiteral("registration_shared_secret_path")));
    } else {
        config.secretProblem =
                SynapseConfig::tr("No 'registration_shared_secret' or "
                                  "'registration_shared_secret_path' defined in config.");
    }
    return config;
}

} // namespace

std::optional<SynapseConfig> SynapseConfig::parse(
        const QByteArray &yaml, const QString &origin, QString *error)
{
    TopLevel top;
    if (!mergeDocument(yaml, origin, &top, error)) {
        return std::nullopt;
    }
    return interpret(top, error);
}

std::optional<SynapseConfig> SynapseConfig::load(const QStringList &paths, QString *error)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList(
                    {QStringLiteral("*.yaml")}, QDir::Files | QDir::Readable, QDir::Name);
            for (const QString &name : names) {
                files.append(QDir(path).filePath(name));
            }
        } else {
            files.append(path);
        }
    }
    // Later files win key by key.
    TopLevel top;
    for (const QString &file : files) {
        QByteArray contents;
        const bool merged = readFile(file, core::BoundedRead::kConfigurationBytes, &contents, error)
                && mergeDocument(contents, file, &top, error);
        // The file may hold registration_shared_secret; yaml-cpp's own strings are beyond reach.
        core::SecretBytes::takeFrom(contents).clear();
        if (!merged) {
            return std::nullopt;
        }
        qCDebug(lcStore) << "read configuration file" << file;
    }
    return interpret(top, error);
}

core::SecretBytes SynapseConfig::sharedSecret(QString *error) const
{
    switch (secretSource) {
    case SecretSource::Inline:
        if (inlineSecret.isEmpty()) {
            *error = tr("registration_shared_secret is empty, so shared-secret registration is "
                        "not enabled.");
        }
        return inlineSecret.copy();
    case SecretSource::File:
        return readSecretFile(secretPath, error);
    case SecretSource::None:
        break;
    }
    *error = secretProblem;
    return {};
}

QUrl SynapseConfig::localClientUrl() const
{
    for (const Listener &listener : listeners) {
        if (listener.type == QLatin1String("http") && !listener.tls && listener.port > 0
                && listener.resources.contains(QLatin1String("client"))) {
            QUrl url;
            url.setScheme(QStringLiteral("http"));
            url.setHost(QStringLiteral("localhost"));
            url.setPort(listener.port);
            return url;
        }
    }
    return {};
}

core::SecretBytes SynapseConfig::readSecretFile(const QString &path, QString *error)
{
    QByteArray contents;
    if (!readFile(path, core::BoundedRead::kSecretBytes, &contents, error)) {
        return {};
    }
    std::optional<core::SecretBytes> secret =
            core::SecretFileText::take(contents, core::SecretFileText::Kind::Secret, path, error);
    return secret ? std::move(*secret) : core::SecretBytes();
}

} // namespace registrar::store
